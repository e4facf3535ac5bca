use std::{process::ExitCode, sync::Arc};

use clap::{Parser, Subcommand};
use rer::server::{
    AppState,
    config::{self, Config},
    db, http, mail, seed,
};
use tracing_subscriber::EnvFilter;

/// RER — the business network of a town.
#[derive(Parser)]
#[command(name = "rer", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site (the default). Creates and migrates the database first.
    Serve,
    /// Fill an empty database with believable demo data for the town.
    Seed {
        /// Load the demo data set (companies, business parks, people).
        #[arg(long, required = true)]
        demo: bool,
        /// Do nothing, successfully, when the database already holds data.
        #[arg(long)]
        if_empty: bool,
        /// For benchmarks: top the demo town up to 700 companies, 2,000 people and 20,000 posts.
        #[arg(long)]
        bench: bool,
    },
    /// Town-hall administrators.
    Admin {
        #[command(subcommand)]
        action: AdminCommand,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an administrator, or promote an existing member. A new account gets a single-use link,
    /// printed here, to choose its password.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Mairie")]
        first_name: String,
        #[arg(long, default_value = "Administrateur")]
        last_name: String,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("rer: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    let config = Config::from_env().map_err(|e| format!("configuration: {e}"))?;
    if config.is_sqlite() && std::env::var_os("DATABASE_URL").is_none() {
        std::fs::create_dir_all(&config.data_dir).map_err(|e| {
            format!("cannot create the data directory {}: {e}", config.data_dir.display())
        })?;
    }
    let database = db::connect_and_migrate(&config.database_url).await.map_err(|e| {
        format!("cannot open or migrate the database {}: {e}", db::redact_url(&config.database_url))
    })?;

    match cli.command.unwrap_or(Command::Serve) {
        Command::Seed { demo: _, if_empty, bench } => {
            let report = seed::seed_demo(&database, if_empty)
                .await
                .map_err(|e| format!("demo data: {e}"))?;
            println!("{report}");
            if bench {
                let (companies, people) = seed::bench::scale(&database, 700, 2000)
                    .await
                    .map_err(|e| format!("benchmark data: {e}"))?;
                let posts = seed::bench::scale_posts(&database, 20_000)
                    .await
                    .map_err(|e| format!("benchmark data: {e}"))?;
                println!(
                    "benchmark data: {companies} more companies, {people} more people, {posts} more posts"
                );
            }
            Ok(())
        }
        Command::Serve => serve(config, database).await,
        Command::Admin { action: AdminCommand::Create { email, first_name, last_name } } => {
            let outcome = rer::server::services::admin_cli::create_admin(
                &database,
                &config,
                &email,
                &first_name,
                &last_name,
            )
            .await
            .map_err(|e| format!("admin create: {e}"))?;
            println!("{outcome}");
            Ok(())
        }
    }
}

async fn serve(config: Config, mut database: sea_orm::DatabaseConnection) -> Result<(), String> {
    use axum::serve::ListenerExt;

    let leptos =
        leptos::prelude::get_configuration(None).map_err(|e| format!("configuration: {e}"))?;
    let addr = config::site_addr(leptos.leptos_options.site_addr)
        .map_err(|e| format!("configuration: {e}"))?;
    let mailer = mail::Mailer::from_env().map_err(|e| format!("configuration: {e}"))?;
    let metrics = Arc::new(rer::server::metrics::Metrics::default());
    metrics.instrument(&mut database);
    let state = AppState {
        leptos_options: leptos.leptos_options,
        db: database,
        config: Arc::new(config),
        mailer,
        metrics,
    };
    match rer::server::services::companies::reindex_missing(&state.db).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(companies = n, "directory search text filled in"),
        Err(err) => return Err(format!("cannot index the directory: {err}")),
    }
    // The first unknown-account sign-in would otherwise also build the dummy hash: slower, and so
    // telling.
    tokio::task::spawn_blocking(rer::server::auth::password::warm_up)
        .await
        .map_err(|e| format!("start-up: {e}"))?;
    let app = http::router(state);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?
        // Without it, small responses on a kept-alive connection wait for the peer's delayed ACK.
        .tap_io(|tcp| {
            if let Err(err) = tcp.set_nodelay(true) {
                tracing::warn!(error = %err, "cannot set TCP_NODELAY");
            }
        });
    tracing::info!("listening on http://{addr}");
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| format!("server error: {e}"))?;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on SIGINT or SIGTERM; in-flight requests then finish before the process exits.
async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
