//! The HTTP router: pages and server functions from Leptos, hashed assets, health check, and the
//! layers every response goes through.

use std::time::Duration;

use axum::{
    Router,
    body::Body,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    middleware,
    response::{IntoResponse, Response},
    routing::get,
};
use leptos::prelude::*;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use tower_http::{
    compression::CompressionLayer, limit::RequestBodyLimitLayer, services::ServeDir,
    trace::TraceLayer,
};

use super::{AppState, security};
use crate::{
    app::{App, shell},
    error::AppError,
};

/// Largest request body accepted; forms and server-function calls are far smaller.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

pub fn router(state: AppState) -> Router {
    router_with_routes(state, routes())
}

/// The app's page routes. Listing them renders the app in a special mode: do it once, before
/// serving, never while pages render.
pub fn routes() -> Vec<AxumRouteListing> {
    generate_route_list(App)
}

/// The router, for page routes listed beforehand by [`routes`].
pub fn router_with_routes(state: AppState, routes: Vec<AxumRouteListing>) -> Router {
    let options = state.leptos_options.clone();
    let context = {
        let state = state.clone();
        move || {
            provide_context(state.clone());
            security::provide_page_csp();
        }
    };

    // Forms and server-function calls are small; only the upload routes take files.
    let pages_and_api = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route("/compte/donnees.json", get(export_my_data))
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .merge(hashed_assets(&options))
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(context, shell))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES));

    Router::new()
        .merge(super::upload_routes::routes(&state))
        .merge(pages_and_api)
        .layer(middleware::map_response(server_fn_status))
        .layer(middleware::from_fn_with_state(state.clone(), security::refuse_cross_site_writes))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(security::security_headers))
        .layer(middleware::from_fn_with_state(state.clone(), count_and_time))
        // Spans name the path only: query strings may carry single-use tokens.
        .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::extract::Request| {
            tracing::debug_span!("request", method = %request.method(), path = %request.uri().path())
        }))
        .with_state(state)
}

/// `/pkg/*` carries a content hash in every file name (cargo-leptos `hash-files`), so a successful
/// answer can be cached for good. Brotli and gzip versions are built ahead of time.
fn hashed_assets(options: &LeptosOptions) -> Router<AppState> {
    if !options.hash_files {
        return Router::new();
    }
    let dir = format!("{}/{}", options.site_root, options.site_pkg_dir);
    Router::new()
        .nest_service(
            &format!("/{}", options.site_pkg_dir),
            ServeDir::new(dir).precompressed_br().precompressed_gzip(),
        )
        .layer(middleware::map_response(|mut response: Response| async move {
            if response.status().is_success() {
                response.headers_mut().insert(
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=31536000, immutable"),
                );
            }
            response
        }))
}

/// Counts the request and tells the browser how long the server took (`Server-Timing`).
async fn count_and_time(
    State(state): State<AppState>,
    request: axum::extract::Request,
    next: middleware::Next,
) -> Response {
    let started = std::time::Instant::now();
    let mut response = next.run(request).await;
    state.metrics.http_requests.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let millis = started.elapsed().as_secs_f64() * 1000.0;
    if let Ok(value) = HeaderValue::from_str(&format!("app;dur={millis:.2}")) {
        response.headers_mut().insert("server-timing", value);
    }
    response
}

/// Counters in the Prometheus text format, for the machine itself only: a load balancer or a
/// monitoring agent on the same host reads them, the public does not.
async fn metrics(
    State(state): State<AppState>,
    axum::extract::ConnectInfo(peer): axum::extract::ConnectInfo<std::net::SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let forwarded = headers.contains_key("x-forwarded-for") || headers.contains_key("forwarded");
    if !peer.ip().is_loopback() || forwarded {
        return StatusCode::NOT_FOUND.into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        state.metrics.render(),
    )
        .into_response()
}

/// 200 when the database answers within two seconds, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    let ping = tokio::time::timeout(Duration::from_secs(2), state.db.ping()).await;
    let headers = [(header::CACHE_CONTROL, "no-store")];
    match ping {
        Ok(Ok(())) => (StatusCode::OK, headers, "ok"),
        Ok(Err(err)) => {
            tracing::error!(error = %err, "health check: database unavailable");
            (StatusCode::SERVICE_UNAVAILABLE, headers, "database unavailable")
        }
        Err(_) => {
            tracing::error!("health check: database timed out");
            (StatusCode::SERVICE_UNAVAILABLE, headers, "database unavailable")
        }
    }
}

/// "Download my data": everything stored about the signed-in member, as a JSON file.
async fn export_my_data(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let token = super::auth::session::token_from_headers(&state.config, &headers);
    let resolved = match token {
        Some(token) => super::auth::session::resolve(&state.db, &state.config, &token).await,
        None => Ok(None),
    };
    let user = match resolved {
        Ok(Some((_, user))) => user,
        Ok(None) => {
            return (StatusCode::SEE_OTHER, [(header::LOCATION, "/connexion?suite=/compte")])
                .into_response();
        }
        Err(err) => {
            tracing::error!(error = %err, "data export: session lookup failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    match super::services::accounts::export(&state, &user).await {
        Ok(data) => (
            [
                (header::CONTENT_TYPE, "application/json; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"rer-mes-donnees.json\""),
                (header::CACHE_CONTROL, "no-store"),
            ],
            serde_json::to_string_pretty(&data).unwrap_or_default(),
        )
            .into_response(),
        Err(err) => {
            tracing::error!(error = %err, "data export failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Server functions answer every error with 500; give each its real status (400 for a malformed
/// request, 404, 429 …) from the typed error in the body.
async fn server_fn_status(response: Response) -> Response {
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key("serverfnerror")
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 2 * MAX_BODY_BYTES).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Ok(err) = serde_json::from_slice::<AppError>(&bytes)
        && let Ok(status) = StatusCode::from_u16(err.status())
    {
        parts.status = status;
    }
    Response::from_parts(parts, Body::from(bytes))
}
