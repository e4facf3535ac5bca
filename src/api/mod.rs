//! Server functions, grouped by domain. Each one is a public HTTP endpoint under `/api`: it
//! authenticates and authorises its caller itself, then calls a service.

pub mod account;
// A server function takes one argument per field of the plain HTML form that posts to it.
#[allow(clippy::too_many_arguments)]
pub mod admin;
pub mod comments;
#[allow(clippy::too_many_arguments)]
pub mod companies;
pub mod connections;
pub mod moderation;
pub mod posts;
pub mod preferences;
pub mod site;
pub mod tour;

/// An id from a form or an address: anything that is not one is simply not found.
#[cfg(feature = "ssr")]
pub(crate) fn id_of(raw: &str) -> Result<i32, crate::error::AppError> {
    raw.parse::<i32>().map_err(|_| crate::error::AppError::NotFound)
}
