//! Who is calling: sessions, passwords, single-use tokens and rate limits, and the helpers every
//! server function uses to authenticate and authorise itself.

pub mod password;
pub mod rate_limit;
pub mod session;
pub mod tokens;

use std::net::SocketAddr;

use axum::extract::ConnectInfo;
use http::{HeaderValue, header, request::Parts};
use leptos::prelude::{provide_context, use_context};

use super::{AppState, app_state, entities::users};
use crate::{
    Locale,
    domain::permissions::{self, AccountStatus, Capability, Role, Viewer},
    error::AppError,
};

/// The signed-in user of this request, with the session it came through.
#[derive(Clone, Debug)]
pub struct CurrentUser {
    pub user: users::Model,
    pub session_id: i32,
}

impl CurrentUser {
    pub fn viewer(&self) -> Viewer {
        viewer_of(&self.user)
    }
}

pub fn viewer_of(user: &users::Model) -> Viewer {
    Viewer {
        user_id: user.id,
        role: Role::parse(&user.role).unwrap_or(Role::Member),
        status: AccountStatus::parse(&user.status).unwrap_or(AccountStatus::Suspended),
        email_confirmed: user.email_confirmed_at.is_some(),
    }
}

/// Looked up once per request, then kept in the request's context.
#[derive(Clone)]
struct Resolved(Option<CurrentUser>);

/// The signed-in user, if any. Tampered, unknown or expired cookies count as signed out.
pub async fn current_user() -> Result<Option<CurrentUser>, AppError> {
    if let Some(Resolved(user)) = use_context::<Resolved>() {
        return Ok(user);
    }
    let state = app_state()?;
    let user = match use_context::<Parts>()
        .and_then(|parts| session::token_from_headers(&state.config, &parts.headers))
    {
        None => None,
        Some(token) => session::resolve(&state.db, &state.config, &token)
            .await?
            .map(|(session, user)| CurrentUser { user, session_id: session.id }),
    };
    provide_context(Resolved(user.clone()));
    Ok(user)
}

/// The signed-in user, allowed `capability` by the policy; otherwise the policy's reason.
pub async fn require(capability: Capability) -> Result<CurrentUser, AppError> {
    let user = current_user().await?;
    let viewer = user.as_ref().map(CurrentUser::viewer);
    permissions::check(viewer.as_ref(), capability).map_err(AppError::Denied)?;
    user.ok_or(AppError::Denied(permissions::Denial::SignInRequired))
}

/// Facts about the request that a server function needs.
pub struct RequestInfo {
    /// The client's address, for per-address limits; "unknown" when it cannot be told.
    pub ip: String,
    pub user_agent: Option<String>,
    pub plain_form: bool,
}

pub fn request_info() -> RequestInfo {
    let parts = use_context::<Parts>();
    let header = |name: header::HeaderName| {
        parts.as_ref().and_then(|p| p.headers.get(name)?.to_str().ok().map(str::to_string))
    };
    RequestInfo {
        ip: client_ip(parts.as_ref()).unwrap_or_else(|| "unknown".into()),
        user_agent: header(header::USER_AGENT),
        plain_form: header(header::ACCEPT).is_some_and(|a| a.contains("text/html")),
    }
}

fn client_ip(parts: Option<&Parts>) -> Option<String> {
    let parts = parts?;
    let behind_proxy = app_state().is_ok_and(|state| state.config.trust_proxy);
    if behind_proxy {
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .rfind(|v| v.parse::<std::net::IpAddr>().is_ok());
        if let Some(ip) = forwarded {
            return Some(ip.to_string());
        }
    }
    parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(addr)| addr.ip().to_string())
}

/// The language of the request: the language cookie, then `Accept-Language`, then French.
pub fn request_locale() -> Locale {
    let Some(parts) = use_context::<Parts>() else { return Locale::fr };
    let cookie = parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == crate::api::preferences::LOCALE_COOKIE)
        .and_then(|(_, v)| v.parse::<Locale>().ok());
    if let Some(locale) = cookie {
        return locale;
    }
    let accept = parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    for tag in accept.unwrap_or("").split(',') {
        let lang = tag.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        if lang.starts_with("fr") {
            return Locale::fr;
        }
        if lang.starts_with("en") {
            return Locale::en;
        }
    }
    Locale::fr
}

/// After a plain form post (JavaScript off), send the browser to `path`; the hydrated page handles
/// its own navigation.
pub fn redirect_plain_form(path: &str) {
    if request_info().plain_form {
        leptos_axum::redirect(crate::domain::site::local_path(path).unwrap_or("/"));
    }
}

/// The `Set-Cookie` value that remembers the interface language (readable by the page's scripts,
/// which switch it in place).
pub fn locale_cookie(locale: Locale) -> String {
    use leptos_i18n::Locale as _;
    format!(
        "{}={}; Path=/; Max-Age={}; SameSite=Lax",
        crate::api::preferences::LOCALE_COOKIE,
        locale.as_str(),
        crate::api::preferences::LOCALE_COOKIE_MAX_AGE_SECS
    )
}

pub fn set_cookie(value: &str) -> Result<(), AppError> {
    let response = use_context::<leptos_axum::ResponseOptions>().ok_or(AppError::Internal)?;
    let value = HeaderValue::from_str(value).map_err(|_| AppError::Internal)?;
    response.append_header(header::SET_COOKIE, value);
    Ok(())
}

pub fn state() -> Result<AppState, AppError> {
    app_state()
}
