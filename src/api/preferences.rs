use leptos::prelude::*;

use crate::{Locale, error::AppError};

/// Name of the cookie holding the visitor's language; the same one the i18n layer reads.
pub const LOCALE_COOKIE: &str = "i18n_pref_locale";
pub const LOCALE_COOKIE_MAX_AGE_SECS: i64 = 365 * 24 * 3600;

/// Switches the interface language. Works as a plain form post (JavaScript off: the answer redirects
/// back to `redirect_to`) and as a call from the hydrated page (the page then switches in place).
#[server(prefix = "/api", endpoint = "set_locale")]
pub async fn set_locale(locale: Locale, redirect_to: String) -> Result<Locale, AppError> {
    use crate::server::auth::{locale_cookie, redirect_plain_form, set_cookie};

    set_cookie(&locale_cookie(locale))?;
    redirect_plain_form(&redirect_to);
    Ok(locale)
}
