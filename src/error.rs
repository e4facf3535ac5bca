//! The one error type that crosses the wire between server functions and the browser.
//!
//! Causes are logged on the server; the browser receives only what the user may see, and each variant
//! carries its HTTP status.

use leptos::prelude::{FromServerFnError, ServerFnErrorErr};
use leptos::server_fn::codec::JsonEncoding;
use serde::{Deserialize, Serialize};

use crate::domain::permissions::Denial;

/// What a refused form sends back: a message per field (already in the user's language), a message
/// for the whole form, and the submitted values to show again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormErrors {
    pub fields: Vec<(String, String)>,
    pub form: Option<String>,
    pub values: Vec<(String, String)>,
}

impl FormErrors {
    pub fn field(&self, name: &str) -> Option<String> {
        self.fields.iter().find(|(f, _)| f == name).map(|(_, m)| m.clone())
    }

    pub fn value(&self, name: &str) -> Option<String> {
        self.values.iter().find(|(f, _)| f == name).map(|(_, v)| v.clone())
    }

    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.fields.push((field.to_string(), message.into()));
    }

    /// Keeps a typed value to show again, cut to a length no real field needs.
    pub fn keep(&mut self, field: &str, value: &str) {
        self.values.push((field.to_string(), value.chars().take(300).collect()));
    }

    /// Keeps a long typed text (a message, a description) whole up to `max` characters.
    pub fn keep_text(&mut self, field: &str, value: &str, max: usize) {
        self.values.push((field.to_string(), value.chars().take(max).collect()));
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.form.is_none()
    }

    /// `Ok(())` when nothing was refused, the error to return otherwise.
    pub fn into_result(self) -> Result<(), AppError> {
        if self.is_empty() { Ok(()) } else { Err(AppError::Invalid(self)) }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The request itself is malformed (missing or undecodable arguments).
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("sign-in required")]
    Unauthorized,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("too many attempts")]
    RateLimited,
    /// The policy refuses this action to this user, with the reason to show.
    #[error("denied: {0:?}")]
    Denied(Denial),
    /// A form was refused: messages by field, and the values to put back (never passwords).
    #[error("invalid form")]
    Invalid(FormErrors),
    /// An e-mailed link that is unknown, expired or already used.
    #[error("invalid or expired link")]
    InvalidLink,
    /// The server could not be reached or answered something unreadable (browser side).
    #[error("network: {0}")]
    Network(String),
    /// Anything the user cannot act on; the cause is in the server log, never in the response.
    #[error("internal error")]
    Internal,
}

impl AppError {
    pub fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::RateLimited => 429,
            Self::Denied(Denial::SignInRequired) => 401,
            Self::Denied(_) => 403,
            Self::Invalid(_) => 422,
            Self::InvalidLink => 410,
            Self::Network(_) => 502,
            Self::Internal => 500,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(m)
            | ServerFnErrorErr::MissingArg(m)
            | ServerFnErrorErr::Deserialization(m)
            | ServerFnErrorErr::UnsupportedRequestMethod(m) => Self::BadRequest(m),
            ServerFnErrorErr::Request(m) | ServerFnErrorErr::Response(m) => Self::Network(m),
            ServerFnErrorErr::Registration(_)
            | ServerFnErrorErr::ServerError(_)
            | ServerFnErrorErr::MiddlewareError(_)
            | ServerFnErrorErr::Serialization(_) => Self::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        tracing::error!(error = %err, "database error");
        Self::Internal
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_requests_are_client_errors() {
        let err = AppError::from_server_fn_error(ServerFnErrorErr::Args("missing field".into()));
        assert_eq!(err.status(), 400);
        let err = AppError::from_server_fn_error(ServerFnErrorErr::ServerError("boom".into()));
        assert_eq!(err, AppError::Internal);
    }

    #[test]
    fn errors_survive_the_wire() {
        for err in [AppError::NotFound, AppError::BadRequest("x".into()), AppError::RateLimited] {
            let bytes = err.ser();
            assert_eq!(AppError::de(bytes), err);
        }
    }
}
