use std::{net::SocketAddr, sync::Arc};

use leptos::config::{Env, LeptosOptions};
use migration::{Migrator, MigratorTrait};
use rer::server::{AppState, config::Config, db, http};
use sea_orm::{ConnectionTrait, DatabaseConnection};

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: DatabaseConnection,
    /// Counts the statements the app runs (and the test's own, through `db`).
    pub metrics: std::sync::Arc<rer::server::metrics::Metrics>,
    /// Where the app keeps its uploads.
    pub data_dir: std::path::PathBuf,
    _files: tempfile::TempDir,
    _database: TestDatabase,
}

enum TestDatabase {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let TestDatabase::Postgres { admin_url, name } = self {
            let (admin_url, name) = (admin_url.clone(), name.clone());
            // Drop cannot await; a short-lived runtime on its own thread removes the database.
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build();
                if let Ok(runtime) = runtime {
                    runtime.block_on(async {
                        if let Ok(admin) = sea_orm::Database::connect(admin_url.as_str()).await {
                            let _ = admin
                                .execute_unprepared(&format!(
                                    r#"DROP DATABASE IF EXISTS "{name}" WITH (FORCE)"#
                                ))
                                .await;
                            let _ = admin.close().await;
                        }
                    });
                }
            })
            .join();
        }
    }
}

async fn fresh_database() -> (String, TestDatabase) {
    match std::env::var("TEST_DATABASE_URL").ok().filter(|u| !u.is_empty()) {
        None => {
            let dir = tempfile::tempdir().expect("temporary directory");
            let url = format!("sqlite://{}?mode=rwc", dir.path().join("rer.db").display());
            (url, TestDatabase::Sqlite(dir))
        }
        Some(admin_url) => {
            let name = format!(
                "rer_test_{}_{}",
                std::process::id(),
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .expect("clock")
                    .as_nanos()
            );
            let admin = sea_orm::Database::connect(admin_url.as_str())
                .await
                .expect("connect to TEST_DATABASE_URL");
            admin
                .execute_unprepared(&format!(r#"CREATE DATABASE "{name}""#))
                .await
                .expect("create test database");
            admin.close().await.expect("close admin connection");
            let base = admin_url.rsplit_once('/').map(|(base, _)| base).unwrap_or(&admin_url);
            (
                format!("{base}/{name}"),
                TestDatabase::Postgres { admin_url: admin_url.clone(), name },
            )
        }
    }
}

/// The page routes, listed once for the whole run: listing them renders the app in a special mode,
/// which could leave a page that another test's server renders at that moment waiting forever.
fn routes() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    ROUTES.get_or_init(http::routes).clone()
}

pub async fn spawn_app() -> TestApp {
    let (url, database) = fresh_database().await;
    let mut connection = db::connect_and_migrate(&url).await.expect("migrated database");
    let metrics = std::sync::Arc::new(rer::server::metrics::Metrics::default());
    metrics.instrument(&mut connection);
    let files = tempfile::tempdir().expect("temporary data directory");
    let data_dir = files.path().to_path_buf();
    let config = Config::from_lookup(|name| match name {
        "DATABASE_URL" => Some(url.clone()),
        "RER_DATA_DIR" => Some(data_dir.display().to_string()),
        _ => None,
    })
    .expect("test configuration");
    let leptos_options = LeptosOptions::builder()
        .output_name("rer")
        .site_root("target/site")
        .site_pkg_dir("pkg")
        .env(Env::PROD)
        .site_addr(SocketAddr::from(([127, 0, 0, 1], 0)))
        .build();
    let mailer = rer::server::mail::Mailer::outbox_only("RER <no-reply@localhost>");
    let state = AppState {
        leptos_options,
        db: connection.clone(),
        config: Arc::new(config),
        mailer,
        metrics: metrics.clone(),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind a free port");
    let address = format!("http://{}", listener.local_addr().expect("local address"));
    tokio::spawn(async move {
        axum::serve(
            listener,
            http::router_with_routes(state, routes())
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .expect("test server");
    });
    let client = http_client();
    TestApp {
        address,
        client,
        db: connection,
        metrics,
        data_dir,
        _files: files,
        _database: database,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// A page as a browser asks for it, in the given language (`None`: no preference sent).
    pub async fn page(&self, path: &str, accept_language: Option<&str>) -> (u16, String) {
        let mut request = self.client.get(self.url(path)).header("accept", "text/html");
        if let Some(lang) = accept_language {
            request = request.header("accept-language", lang);
        }
        let response = request.send().await.expect("GET page");
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }

    /// Posts a form to a server function the way the hydrated page does (same origin, no HTML
    /// expected back).
    pub async fn call(&self, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(&format!("/api/{endpoint}")))
            .header("origin", &self.address)
            .form(form)
            .send()
            .await
            .expect("POST server function")
    }

    /// A page as a browser asks for it, with `visitor`'s cookies.
    pub async fn page_as(&self, visitor: &Visitor, path: &str) -> (u16, String) {
        let response = visitor
            .client
            .get(self.url(path))
            .header("accept", "text/html")
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }

    pub async fn seed_demo(&self) {
        rer::server::seed::seed_demo(&self.db, false).await.expect("demo data");
    }
}

/// A browser of its own: its cookies, no redirects followed, and a deadline so that a stuck request
/// fails the test instead of hanging it.
pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("http client")
}

/// Every migration can be undone and replayed.
pub async fn migrations_round_trip(db: &DatabaseConnection) {
    Migrator::down(db, None).await.expect("all migrations down");
    Migrator::up(db, None).await.expect("all migrations up again");
}

/// A browser of its own: separate cookies, same site.
pub struct Visitor {
    pub client: reqwest::Client,
    address: String,
}

impl TestApp {
    pub fn visitor(&self) -> Visitor {
        Visitor { client: http_client(), address: self.address.clone() }
    }

    /// The token of the newest e-mail of `kind` sent to `to`, taken from its link.
    pub async fn token_from_outbox(&self, to: &str, kind: &str) -> String {
        use rer::server::entities::outbox_emails;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        let mail = outbox_emails::Entity::find()
            .filter(outbox_emails::Column::ToAddress.eq(to))
            .filter(outbox_emails::Column::Kind.eq(kind))
            .order_by_desc(outbox_emails::Column::Id)
            .one(&self.db)
            .await
            .expect("outbox query")
            .unwrap_or_else(|| panic!("no {kind} e-mail to {to}"));
        let start = mail.body_text.find("jeton=").expect("a link with a token") + "jeton=".len();
        mail.body_text[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect()
    }

    pub async fn emails_to(&self, to: &str, kind: &str) -> u64 {
        use rer::server::entities::outbox_emails;
        use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
        outbox_emails::Entity::find()
            .filter(outbox_emails::Column::ToAddress.eq(to))
            .filter(outbox_emails::Column::Kind.eq(kind))
            .count(&self.db)
            .await
            .expect("outbox count")
    }

    pub async fn user(&self, email: &str) -> Option<rer::server::entities::users::Model> {
        use rer::server::entities::users;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        users::Entity::find().filter(users::Column::Email.eq(email)).one(&self.db).await.unwrap()
    }

    /// Signs up and confirms a member through the outbox; returns a visitor signed in as them.
    pub async fn member(&self, email: &str, password: &str) -> Visitor {
        let visitor = self.visitor();
        let response = visitor.call("sign_up", &sign_up_form(email, password)).await;
        assert_eq!(response.status().as_u16(), 200, "{}", response.text().await.unwrap());
        let token = self.token_from_outbox(email, "confirm_email").await;
        assert_eq!(
            visitor.call("confirm_email", &[("token", &token)]).await.status().as_u16(),
            200
        );
        let response = visitor.call("sign_in", &[("email", email), ("password", password)]).await;
        assert_eq!(response.status().as_u16(), 200, "{}", response.text().await.unwrap());
        visitor
    }
}

pub fn sign_up_form<'a>(email: &'a str, password: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("email", email),
        ("first_name", "Hélène"),
        ("last_name", "Vandenbussche"),
        ("password", password),
        ("accept_terms", "on"),
    ]
}

impl Visitor {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// Calls a server function as the hydrated page does.
    pub async fn call(&self, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(&format!("/api/{endpoint}")))
            .header("origin", &self.address)
            .form(form)
            .send()
            .await
            .expect("POST server function")
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// Posts a form as a browser without JavaScript does.
    pub async fn plain_form(&self, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(&format!("/api/{endpoint}")))
            .header("accept", "text/html")
            .header("origin", &self.address)
            .form(form)
            .send()
            .await
            .expect("POST plain form")
    }
}
