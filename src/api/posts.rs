//! Announcements: the feed, a post's page, and publishing, editing and deleting in a company's name
//! (or the town hall's). Every function checks that the caller may read or touch that very post.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    domain::{
        permissions::Denial,
        post::{PostKind, PostVisibility, Reactions},
    },
    error::AppError,
};

/// Who published a post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publisher {
    /// The company's address; `None` for the town hall.
    pub slug: Option<String>,
    pub name: String,
    pub logo_url: Option<String>,
}

/// A post as the feed and company pages list it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostCard {
    pub id: i32,
    pub kind: PostKind,
    pub official: bool,
    pub pinned: bool,
    pub title: String,
    /// Rendered from markdown and cleaned on the server.
    pub body_html: String,
    pub publisher: Publisher,
    pub author: Option<String>,
    pub date: String,
    /// Machine-readable date for `<time datetime>`.
    pub datetime: String,
    pub edited: bool,
    pub visibility: PostVisibility,
    /// Until when an offer or a request runs.
    pub expires: Option<String>,
    pub expired: bool,
    /// Whether the caller may edit and delete it.
    pub editable: bool,
    pub reactions: Reactions,
    /// Comments the caller can read.
    pub comments: u32,
    /// Why a moderator hid it; only moderators still see a hidden post.
    pub hidden: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedPage {
    pub posts: Vec<PostCard>,
    pub page: u64,
    pub has_more: bool,
    /// Whether the caller may publish, and if not, why.
    pub publish: Result<(), Denial>,
}

/// Who the caller may publish for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishOptions {
    /// `(slug, name)` of the companies the caller publishes for.
    pub companies: Vec<(String, String)>,
    /// Town hall staff publish official posts.
    pub official: bool,
}

/// The fields of the publishing form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostFormValues {
    /// A company's slug, or [`OFFICIAL`] for the town hall.
    pub publisher: String,
    pub kind: String,
    pub title: String,
    pub body: String,
    pub visibility: String,
    pub expires_on: String,
    pub pinned: bool,
}

/// The publisher value of an official post.
pub const OFFICIAL: &str = "mairie";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostForm {
    pub options: PublishOptions,
    pub values: PostFormValues,
}

/// A page of the feed, for the signed-in member: `type` is a kind's French slug or empty, `page`
/// counts from 1.
#[server(prefix = "/api", endpoint = "feed")]
pub async fn get_feed(
    #[server(default)] r#type: String,
    #[server(default)] page: String,
) -> Result<FeedPage, AppError> {
    let kind = PostKind::from_slug(&r#type);
    let page = page.parse::<u64>().unwrap_or(1).clamp(1, 10_000);
    crate::server::services::posts::feed(kind, page).await
}

/// One post, when the caller may read it; otherwise not found.
#[server(prefix = "/api", endpoint = "post")]
pub async fn get_post(id: String) -> Result<PostCard, AppError> {
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    crate::server::services::posts::card(id).await
}

/// The posts of a company the caller may read, newest first, expired ones included.
#[server(prefix = "/api", endpoint = "company_posts")]
pub async fn get_company_posts(slug: String) -> Result<Vec<PostCard>, AppError> {
    crate::server::services::posts::of_company(&slug).await
}

/// The empty publishing form (`entreprise` preselects a company), or a post's form to edit it.
#[server(prefix = "/api", endpoint = "post_form")]
pub async fn get_post_form(
    #[server(default)] id: String,
    #[server(default)] entreprise: String,
) -> Result<PostForm, AppError> {
    match id.as_str() {
        "" => crate::server::services::posts::new_form(&entreprise).await,
        raw => {
            let id = raw.parse::<i32>().map_err(|_| AppError::NotFound)?;
            crate::server::services::posts::edit_form(id).await
        }
    }
}

/// Publishes a post; answers its id.
#[server(prefix = "/api", endpoint = "publish_post")]
pub async fn publish_post(
    #[server(default)] publisher: String,
    #[server(default)] kind: String,
    #[server(default)] title: String,
    #[server(default)] body: String,
    #[server(default)] visibility: String,
    #[server(default)] expires_on: String,
    #[server(default)] pinned: String,
) -> Result<i32, AppError> {
    let values = PostFormValues {
        publisher,
        kind,
        title,
        body,
        visibility,
        expires_on,
        pinned: pinned == "on",
    };
    let id = crate::server::services::posts::publish(values).await?;
    crate::server::auth::redirect_plain_form(&format!("/annonces/{id}?publiee=1"));
    Ok(id)
}

/// Saves a post, for the people of the company that published it (or the town hall's staff for
/// official posts). The publisher stays.
#[server(prefix = "/api", endpoint = "update_post")]
pub async fn update_post(
    id: String,
    #[server(default)] kind: String,
    #[server(default)] title: String,
    #[server(default)] body: String,
    #[server(default)] visibility: String,
    #[server(default)] expires_on: String,
    #[server(default)] pinned: String,
) -> Result<i32, AppError> {
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    let values = PostFormValues {
        publisher: String::new(),
        kind,
        title,
        body,
        visibility,
        expires_on,
        pinned: pinned == "on",
    };
    crate::server::services::posts::update(id, values).await?;
    crate::server::auth::redirect_plain_form(&format!("/annonces/{id}?enregistree=1"));
    Ok(id)
}

/// Deletes a post, for the same people who may edit it.
#[server(prefix = "/api", endpoint = "delete_post")]
pub async fn delete_post(id: String) -> Result<(), AppError> {
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    crate::server::services::posts::delete(id).await?;
    crate::server::auth::redirect_plain_form("/fil?supprimee=1");
    Ok(())
}

/// Where a plain form goes back to after a reaction: the feed, a post or a company page; the feed
/// otherwise.
#[cfg(feature = "ssr")]
fn back_to(raw: &str, id: i32) -> String {
    let back = crate::domain::site::local_path(raw)
        .filter(|p| {
            p.starts_with("/fil") || p.starts_with("/annonces/") || p.starts_with("/entreprises/")
        })
        .unwrap_or("/fil");
    let back = back.split('#').next().unwrap_or("/fil");
    format!("{back}#post-{id}")
}

/// Adds, switches or takes back the caller's reaction to a post they may read; answers the post's
/// reactions as they now stand.
#[server(prefix = "/api", endpoint = "react_to_post")]
pub async fn react_to_post(
    id: String,
    kind: String,
    #[server(default)] back: String,
) -> Result<Reactions, AppError> {
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    let kind = crate::domain::post::ReactionKind::parse(&kind).ok_or(AppError::NotFound)?;
    let reactions = crate::server::services::posts::react(id, kind).await?;
    crate::server::auth::redirect_plain_form(&back_to(&back, id));
    Ok(reactions)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::back_to;

    #[test]
    fn a_reaction_goes_back_only_to_the_pages_that_show_posts() {
        assert_eq!(back_to("/fil?type=recherche&page=2", 7), "/fil?type=recherche&page=2#post-7");
        assert_eq!(back_to("/annonces/7#commentaires", 7), "/annonces/7#post-7");
        assert_eq!(back_to("/entreprises/atelier", 7), "/entreprises/atelier#post-7");
        assert_eq!(back_to("https://ailleurs.example/fil", 7), "/fil#post-7");
        assert_eq!(back_to("//ailleurs.example/fil", 7), "/fil#post-7");
        assert_eq!(back_to("/compte", 7), "/fil#post-7");
    }
}
