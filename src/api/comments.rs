//! Comments under announcements: reading them with the post, writing, editing and deleting one's
//! own, and hiding or restoring them for the town hall's moderators. Every function checks that the
//! caller may read the post, and may touch that very comment.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    domain::{permissions::Denial, post::Segment},
    error::AppError,
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: i32,
    pub author: String,
    /// The author's company, `(slug, name)`, when they belong to an approved one.
    pub company: Option<(String, String)>,
    pub date: String,
    pub datetime: String,
    pub edited: bool,
    /// The text, cut into plain text and web addresses.
    pub body: Vec<Segment>,
    /// The text as typed, for its author's edit form.
    pub source: Option<String>,
    /// Whether the caller wrote it (and so may edit and delete it).
    pub mine: bool,
    /// Why a moderator hid it; only its author and moderators see a hidden comment.
    pub hidden: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentThread {
    pub post_id: i32,
    pub comments: Vec<CommentView>,
    /// Whether the caller may comment, and if not, why.
    pub may_comment: Result<(), Denial>,
    /// Whether the caller may hide and restore comments.
    pub moderator: bool,
}

#[cfg(feature = "ssr")]
use super::id_of;

/// The comments under a post the caller may read, oldest first.
#[server(prefix = "/api", endpoint = "comments")]
pub async fn get_comments(post: String) -> Result<CommentThread, AppError> {
    crate::server::services::comments::thread(id_of(&post)?).await
}

/// Comments a post; answers the comment's id.
#[server(prefix = "/api", endpoint = "add_comment")]
pub async fn add_comment(post: String, #[server(default)] body: String) -> Result<i32, AppError> {
    let post = id_of(&post)?;
    let id = crate::server::services::comments::add(post, body).await?;
    crate::server::auth::redirect_plain_form(&format!("/annonces/{post}#comment-{id}"));
    Ok(id)
}

/// Changes the text of one's own comment.
#[server(prefix = "/api", endpoint = "update_comment")]
pub async fn update_comment(id: String, #[server(default)] body: String) -> Result<i32, AppError> {
    let id = id_of(&id)?;
    let post = crate::server::services::comments::update(id, body).await?;
    crate::server::auth::redirect_plain_form(&format!("/annonces/{post}#comment-{id}"));
    Ok(id)
}

/// Deletes one's own comment.
#[server(prefix = "/api", endpoint = "delete_comment")]
pub async fn delete_comment(id: String) -> Result<i32, AppError> {
    let id = id_of(&id)?;
    let post = crate::server::services::comments::delete(id).await?;
    crate::server::auth::redirect_plain_form(&format!("/annonces/{post}#commentaires"));
    Ok(id)
}

/// Hides a comment from everyone but its author and the moderators, with the reason its author
/// is told. For the town hall's staff.
#[server(prefix = "/api", endpoint = "hide_comment")]
pub async fn hide_comment(id: String, #[server(default)] reason: String) -> Result<i32, AppError> {
    let id = id_of(&id)?;
    let post = crate::server::services::comments::hide(id, reason).await?;
    crate::server::auth::redirect_plain_form(&format!("/annonces/{post}#comment-{id}"));
    Ok(id)
}

/// Shows a hidden comment again. For the town hall's staff.
#[server(prefix = "/api", endpoint = "restore_comment")]
pub async fn restore_comment(id: String) -> Result<i32, AppError> {
    let id = id_of(&id)?;
    let post = crate::server::services::comments::restore(id).await?;
    crate::server::auth::redirect_plain_form(&format!("/annonces/{post}#comment-{id}"));
    Ok(id)
}
