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
