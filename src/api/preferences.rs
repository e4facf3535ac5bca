use leptos::prelude::*;

use crate::{Locale, error::AppError};

/// Name of the cookie holding the visitor's language; the same one the i18n layer reads.
pub const LOCALE_COOKIE: &str = "i18n_pref_locale";
pub const LOCALE_COOKIE_MAX_AGE_SECS: i64 = 365 * 24 * 3600;

/// Switches the interface language. Works as a plain form post (JavaScript off: the answer redirects
/// back to `redirect_to`) and as a call from the hydrated page (the page then switches in place).
#[server(prefix = "/api", endpoint = "set_locale")]
pub async fn set_locale(locale: Locale, redirect_to: String) -> Result<Locale, AppError> {
    use crate::domain::site::local_path;
    use http::{HeaderValue, header};
    use leptos_i18n::Locale as _;

    let response = expect_context::<leptos_axum::ResponseOptions>();
    let cookie = format!(
        "{LOCALE_COOKIE}={}; Path=/; Max-Age={LOCALE_COOKIE_MAX_AGE_SECS}; SameSite=Lax",
        locale.as_str()
    );
    let cookie = HeaderValue::from_str(&cookie).map_err(|_| AppError::Internal)?;
    response.append_header(header::SET_COOKIE, cookie);

    let from_plain_form = use_context::<http::request::Parts>().is_some_and(|parts| {
        parts
            .headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"))
    });
    if from_plain_form {
        leptos_axum::redirect(local_path(&redirect_to).unwrap_or("/"));
    }
    Ok(locale)
}
