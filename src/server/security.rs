//! Response headers every page carries, and the refusal of cross-site writes.

use axum::{
    body::Body,
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use leptos::prelude::use_context;

use super::AppState;

/// The Content-Security-Policy of an HTML page, bound to the nonce Leptos puts on its own scripts.
pub fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         form-action 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'"
    )
}

/// For every response that is not an HTML page (files, JSON, health checks).
const DEFAULT_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/// Runs inside the Leptos context of each rendered page: sets the CSP with this request's nonce.
pub fn provide_page_csp() {
    use leptos::nonce::use_nonce;
    if let (Some(nonce), Some(response)) =
        (use_nonce(), use_context::<leptos_axum::ResponseOptions>())
        && let Ok(value) = HeaderValue::from_str(&page_csp(&nonce))
    {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}

pub async fn security_headers(request: Request, next: Next) -> Response {
    let https = request.uri().scheme_str() == Some("https")
        || request
            .headers()
            .get("x-forwarded-proto")
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"));
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.entry(header::CONTENT_SECURITY_POLICY).or_insert(HeaderValue::from_static(DEFAULT_CSP));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    headers.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    response
}

/// Refuses any state-changing request that a browser marks as coming from another site. Requests
/// without `Origin` or `Sec-Fetch-Site` (scripts, curl) carry no ambient browser credentials from
/// elsewhere and pass.
pub async fn refuse_cross_site_writes(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe && is_cross_site(request.headers(), &state.config.public_url) {
        tracing::warn!(method = %request.method(), path = %request.uri().path(), "cross-site write refused");
        return (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            Body::from(
                "Requête refusée : elle vient d'un autre site. / Request refused: it comes from another site.",
            ),
        )
            .into_response();
    }
    next.run(request).await
}

fn is_cross_site(headers: &HeaderMap, public_url: &str) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return !matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    // Behind a proxy the Host header may be rewritten; the configured public address is ours too.
    if origin == public_url {
        return false;
    }
    let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    // "null" (sandboxed documents, some redirects) is never our own page.
    let authority = origin.split_once("://").map(|(_, rest)| rest);
    authority != Some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_cross_site_local(headers: &HeaderMap) -> bool {
        is_cross_site(headers, "https://rer.roncq.fr")
    }

    #[test]
    fn the_public_address_is_same_site_whatever_the_host() {
        let proxied = headers(&[("origin", "https://rer.roncq.fr"), ("host", "10.0.0.5:3000")]);
        assert!(!is_cross_site(&proxied, "https://rer.roncq.fr"));
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn fetch_metadata_decides_when_present() {
        assert!(!is_cross_site_local(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(!is_cross_site_local(&headers(&[("sec-fetch-site", "none")])));
        assert!(is_cross_site_local(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(is_cross_site_local(&headers(&[("sec-fetch-site", "same-site")])));
    }

    #[test]
    fn origin_must_match_the_host() {
        let same = headers(&[("origin", "http://localhost:3000"), ("host", "localhost:3000")]);
        assert!(!is_cross_site_local(&same));
        let other = headers(&[("origin", "https://evil.example"), ("host", "localhost:3000")]);
        assert!(is_cross_site_local(&other));
        assert!(is_cross_site_local(&headers(&[("origin", "null"), ("host", "localhost:3000")])));
        assert!(!is_cross_site_local(&headers(&[("host", "localhost:3000")])));
    }
}
