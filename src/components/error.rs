use leptos::prelude::*;

use crate::{error::AppError, t_string, use_i18n};

/// The sentence a user reads for an error, in their language.
pub fn error_message(err: &AppError) -> String {
    let i18n = use_i18n();
    match err {
        AppError::BadRequest(_) => t_string!(i18n, error.bad_request),
        AppError::Unauthorized => t_string!(i18n, error.unauthorized),
        AppError::Forbidden => t_string!(i18n, error.forbidden),
        AppError::NotFound => t_string!(i18n, error.not_found),
        AppError::RateLimited => t_string!(i18n, error.rate_limited),
        AppError::Network(_) => t_string!(i18n, error.network),
        AppError::Internal => t_string!(i18n, error.internal),
        AppError::InvalidLink => t_string!(i18n, error.invalid_link),
        AppError::Denied(denial) => denial.message(matches!(i18n.get_locale(), crate::Locale::fr)),
        AppError::Invalid(form) => {
            return form
                .form
                .clone()
                .unwrap_or_else(|| t_string!(i18n, error.invalid_form).to_string());
        }
    }
    .to_string()
}

/// An error shown in place of content that could not load, announced to screen readers.
#[component]
pub fn ErrorNotice(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(status)) =
        (use_context::<leptos_axum::ResponseOptions>(), http::StatusCode::from_u16(error.status()))
    {
        response.set_status(status);
    }
    let message = error_message(&error);
    view! {
        <p class="notice notice--error" role="alert">
            {message}
        </p>
    }
}
