//! Reports (*signalements*) and the town hall's moderation queue. Any member who can read a post or
//! a comment may report it; only the town hall's staff see the queue and act on it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A report waiting in the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportView {
    pub id: i32,
    /// The announcement reported, or the one the reported comment is under.
    pub post_id: i32,
    pub post_title: String,
    /// Set when the report is about a comment.
    pub comment_id: Option<i32>,
    /// The reported text, shortened.
    pub excerpt: String,
    pub author: String,
    pub reporter: String,
    pub reason: String,
    pub date: String,
    pub datetime: String,
    /// Whether the content is already hidden.
    pub hidden: bool,
}

#[cfg(feature = "ssr")]
use super::id_of;

/// Reports a post (`target` = `post`) or a comment (`comment`) the caller can read, with a reason.
#[server(prefix = "/api", endpoint = "report")]
pub async fn report_content(
    target: String,
    id: String,
    #[server(default)] reason: String,
) -> Result<i32, AppError> {
    let id = id_of(&id)?;
    let comment = match target.as_str() {
        "post" => false,
        "comment" => true,
        _ => return Err(AppError::NotFound),
    };
    let post = crate::server::services::moderation::report(comment, id, reason).await?;
    let anchor = if comment { format!("comment-{id}") } else { format!("post-{id}") };
    crate::server::auth::redirect_plain_form(&format!("/annonces/{post}?signale=1#{anchor}"));
    Ok(post)
}

/// The open reports, oldest first. For the town hall's staff.
#[server(prefix = "/api", endpoint = "admin/moderation")]
pub async fn get_moderation_queue() -> Result<Vec<ReportView>, AppError> {
    crate::server::services::moderation::queue().await
}

/// Settles a report: `hide` the content (the reason goes to its author), `suspend` its author as
/// well, or `dismiss` the report. Every open report of the same content is settled with it.
#[server(prefix = "/api", endpoint = "admin/resolve_report")]
pub async fn resolve_report(
    id: String,
    decision: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let id = id_of(&id)?;
    crate::server::services::moderation::resolve(id, &decision, reason).await?;
    crate::server::auth::redirect_plain_form("/admin/moderation?traite=1");
    Ok(())
}

/// Shows a hidden announcement again. For the town hall's staff.
#[server(prefix = "/api", endpoint = "admin/restore_post")]
pub async fn restore_post(id: String) -> Result<i32, AppError> {
    let id = id_of(&id)?;
    crate::server::services::moderation::restore_post(id).await?;
    crate::server::auth::redirect_plain_form(&format!("/annonces/{id}"));
    Ok(id)
}
