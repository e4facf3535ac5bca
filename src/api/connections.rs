//! Connections between companies, made by their owners and editors on the company's behalf. Each
//! function checks that the caller may act for the company it names.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{domain::permissions::Denial, error::AppError};

/// Where two companies stand with each other, seen from one of them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Link {
    /// Nothing between them: a request may be sent.
    None,
    /// Our request waits for their answer.
    Sent,
    /// Their request waits for our answer.
    Received,
    Connected,
    /// They declined our request lately; it may be sent again from the given date.
    Declined {
        again_from: String,
    },
}

/// A company the caller acts for, and where it stands with the company on screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectOption {
    pub slug: String,
    pub name: String,
    pub link: Link,
    /// Whether the caller may connect on this company's behalf, and if not, why.
    pub allowed: Result<(), Denial>,
}

/// A company in a list of connections or requests.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionItem {
    pub slug: String,
    pub name: String,
    pub logo_url: Option<String>,
    pub message: Option<String>,
    /// When the request was sent, or when the connection was made.
    pub date: String,
}

/// One of the caller's companies and its network.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyNetwork {
    pub slug: String,
    pub name: String,
    pub allowed: Result<(), Denial>,
    pub received: Vec<ConnectionItem>,
    pub sent: Vec<ConnectionItem>,
    pub connections: Vec<ConnectionItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkView {
    pub companies: Vec<CompanyNetwork>,
}

/// The page a plain form goes back to: the company page it was sent from, or the network page.
#[cfg(feature = "ssr")]
fn back_to(back: &str, fallback: &str) -> String {
    match crate::domain::site::local_path(back) {
        Some(path) if path.starts_with("/entreprises/") || path.starts_with("/reseau") => {
            path.to_string()
        }
        _ => fallback.to_string(),
    }
}

/// The caller's companies, with their requests and connections.
#[server(prefix = "/api", endpoint = "network")]
pub async fn get_network() -> Result<NetworkView, AppError> {
    crate::server::services::connections::network().await
}

/// Asks company `to` to connect with company `from`, which the caller runs; answers their request
/// instead when they already asked.
#[server(prefix = "/api", endpoint = "request_connection")]
pub async fn request_connection(
    from: String,
    to: String,
    #[server(default)] message: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    crate::server::services::connections::request(&from, &to, &message).await?;
    let page = back_to(&back, &format!("/entreprises/{to}"));
    crate::server::auth::redirect_plain_form(&page);
    Ok(())
}

/// Accepts (`accept` = "1") or declines the request company `other` sent to company `mine`.
#[server(prefix = "/api", endpoint = "answer_connection")]
pub async fn answer_connection(
    mine: String,
    other: String,
    accept: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    crate::server::services::connections::answer(&mine, &other, accept == "1").await?;
    crate::server::auth::redirect_plain_form(&back_to(&back, "/reseau"));
    Ok(())
}

/// Withdraws the request company `mine` sent to `other`, or ends their connection.
#[server(prefix = "/api", endpoint = "end_connection")]
pub async fn end_connection(
    mine: String,
    other: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    crate::server::services::connections::end(&mine, &other).await?;
    crate::server::auth::redirect_plain_form(&back_to(&back, "/reseau"));
    Ok(())
}
