//! Comments under announcements. Whoever may read a post reads its comments; a confirmed, active
//! member comments it, and edits or deletes their own comments. The town hall's staff hide a
//! comment with a reason (its author is told, by e-mail and under the comment) and may restore it;
//! a hidden comment is gone for everyone else.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{ActiveValue::Set, Condition, ConnectionTrait, QueryOrder, entity::prelude::*};

use crate::{
    api::comments::{CommentThread, CommentView},
    domain::{
        company::{self, CompanyStatus},
        permissions::{self, Capability, Denial},
        post::{COMMENT_MAX_CHARS, HIDE_REASON_MAX_CHARS, segments},
    },
    error::{AppError, FormErrors},
    server::{
        auth::{self, rate_limit, request_locale},
        db,
        entities::{companies, company_members, post_comments, posts, users},
        mail::templates,
        services::{
            companies::{display_name, french, locale_of},
            dates, moderation,
            posts::{Reader, readable_post, reader},
        },
    },
};

/// How many comments one person may write in a burst.
const COMMENT_LIMIT: rate_limit::Limit =
    rate_limit::Limit { max: 60, window: chrono::Duration::hours(1) };

fn may_comment(reader: &Reader) -> Result<(), Denial> {
    permissions::check(Some(&reader.me.viewer()), Capability::PublishAnnouncements)
}

fn moderator(reader: &Reader) -> bool {
    permissions::check(Some(&reader.me.viewer()), Capability::AdministerCompanies).is_ok()
}

/// The comments of a post the caller may read, oldest first: three queries.
pub async fn thread(post_id: i32) -> Result<CommentThread, AppError> {
    let state = auth::state()?;
    let db = &state.db;
    let reader = reader(db).await?;
    let post = readable_post(db, &reader, post_id).await?;
    let moderator = moderator(&reader);
    let me = reader.me.user.id;
    let mut query = post_comments::Entity::find().filter(post_comments::Column::PostId.eq(post.id));
    if !moderator {
        query = query.filter(
            Condition::any()
                .add(post_comments::Column::HiddenAt.is_null())
                .add(post_comments::Column::AuthorId.eq(me)),
        );
    }
    let rows = query
        .order_by_asc(post_comments::Column::CreatedAt)
        .order_by_asc(post_comments::Column::Id)
        .find_also_related(users::Entity)
        .all(db)
        .await?;
    let authors: Vec<i32> = rows.iter().map(|(c, _)| c.author_id).collect();
    let companies = companies_of(db, &authors).await?;
    let locale = request_locale();
    let comments = rows
        .into_iter()
        .map(|(comment, author)| {
            let mine = comment.author_id == me;
            CommentView {
                id: comment.id,
                author: author
                    .map(|u| format!("{} {}", u.first_name, u.last_name))
                    .unwrap_or_default(),
                company: companies.get(&comment.author_id).cloned(),
                date: dates::date(comment.created_at, locale),
                datetime: comment.created_at.to_rfc3339(),
                edited: comment.edited_at.is_some(),
                body: segments(&comment.body),
                source: mine.then(|| comment.body.clone()),
                mine,
                hidden: comment.hidden_at.map(|_| comment.hidden_reason.unwrap_or_default()),
            }
        })
        .collect();
    Ok(CommentThread { post_id: post.id, comments, may_comment: may_comment(&reader), moderator })
}

/// For each author, the first approved company they belong to, `(slug, name)`: one query.
async fn companies_of(
    db: &impl ConnectionTrait,
    authors: &[i32],
) -> Result<HashMap<i32, (String, String)>, AppError> {
    if authors.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = company_members::Entity::find()
        .filter(company_members::Column::UserId.is_in(authors.to_vec()))
        .find_also_related(companies::Entity)
        .filter(companies::Column::Status.eq(CompanyStatus::Approved.as_str()))
        .order_by_asc(company_members::Column::Id)
        .all(db)
        .await?;
    let mut out = HashMap::new();
    for (member, company) in rows {
        if let Some(company) = company {
            out.entry(member.user_id).or_insert((company.slug.clone(), display_name(&company)));
        }
    }
    Ok(out)
}

/// The text of a comment, checked; the form comes back with what was typed otherwise.
fn valid_body(raw: &str, extra: &[(&str, String)]) -> Result<String, AppError> {
    let fr = french(request_locale());
    company::required_text(raw, COMMENT_MAX_CHARS).map_err(|e| {
        let mut form = FormErrors::default();
        form.add("body", e.message(fr));
        form.keep_text("body", raw, COMMENT_MAX_CHARS);
        for (field, value) in extra {
            form.keep(field, value);
        }
        AppError::Invalid(form)
    })
}

pub async fn add(post_id: i32, body: String) -> Result<i32, AppError> {
    let state = auth::state()?;
    let db = &state.db;
    let reader = reader(db).await?;
    may_comment(&reader).map_err(AppError::Denied)?;
    let post = readable_post(db, &reader, post_id).await?;
    let body = valid_body(&body, &[("post", post_id.to_string())])?;
    let author = reader.me.user.id;
    rate_limit::hit(db, &[(format!("comment:user:{author}"), COMMENT_LIMIT)]).await?;
    db::write(db, move |txn| {
        Box::pin(async move {
            // The post may have gone meanwhile: then there is nothing to comment.
            posts::Entity::find_by_id(post.id).one(txn).await?.ok_or(AppError::NotFound)?;
            let comment = post_comments::ActiveModel {
                post_id: Set(post.id),
                author_id: Set(author),
                body: Set(body),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            Ok::<_, AppError>(comment.id)
        })
    })
    .await
}

/// A comment under a post the caller may read; not found otherwise, and not found when hidden
/// unless the caller wrote it or moderates.
pub(crate) async fn visible_comment(
    reader: &Reader,
    id: i32,
) -> Result<(post_comments::Model, posts::Model), AppError> {
    let state = auth::state()?;
    let comment =
        post_comments::Entity::find_by_id(id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    if comment.hidden_at.is_some() && comment.author_id != reader.me.user.id && !moderator(reader) {
        return Err(AppError::NotFound);
    }
    let post = readable_post(&state.db, reader, comment.post_id).await?;
    Ok((comment, post))
}

/// The caller's own comment, for editing or deleting.
async fn own_comment(id: i32) -> Result<(Reader, post_comments::Model), AppError> {
    let state = auth::state()?;
    let reader = reader(&state.db).await?;
    let (comment, _) = visible_comment(&reader, id).await?;
    if comment.author_id != reader.me.user.id {
        return Err(AppError::Denied(Denial::NotAuthor));
    }
    Ok((reader, comment))
}

/// Saves a new text for one's own comment; answers its post.
pub async fn update(id: i32, body: String) -> Result<i32, AppError> {
    let (reader, comment) = own_comment(id).await?;
    may_comment(&reader).map_err(AppError::Denied)?;
    let body = valid_body(&body, &[("id", id.to_string())])?;
    let state = auth::state()?;
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let comment = post_comments::Entity::find_by_id(comment.id)
                .one(txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let post = comment.post_id;
            let mut active: post_comments::ActiveModel = comment.into();
            active.body = Set(body);
            active.edited_at = Set(Some(Utc::now()));
            active.update(txn).await?;
            Ok::<_, AppError>(post)
        })
    })
    .await
}

/// Deletes one's own comment; answers its post.
pub async fn delete(id: i32) -> Result<i32, AppError> {
    let (_, comment) = own_comment(id).await?;
    let state = auth::state()?;
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            post_comments::Entity::delete_by_id(comment.id).exec(txn).await?;
            Ok::<_, AppError>(comment.post_id)
        })
    })
    .await
}

/// A comment, for a moderator.
async fn moderated(id: i32) -> Result<(post_comments::Model, posts::Model), AppError> {
    let state = auth::state()?;
    auth::require(Capability::AdministerCompanies).await?;
    let reader = reader(&state.db).await?;
    visible_comment(&reader, id).await
}

/// Hides a comment with a reason and tells its author; answers its post.
pub async fn hide(id: i32, reason: String) -> Result<i32, AppError> {
    let (comment, post) = moderated(id).await?;
    let reason = moderation::reason_of(&reason, HIDE_REASON_MAX_CHARS, &[("id", id.to_string())])?;
    hide_checked(comment, post, reason).await
}

/// Hides `comment` (under `post`) with a reason already checked, for a moderator already
/// authorised, and tells its author the first time; answers the post.
pub(crate) async fn hide_checked(
    comment: post_comments::Model,
    post: posts::Model,
    reason: String,
) -> Result<i32, AppError> {
    let id = comment.id;
    let state = auth::state()?;
    let st = state.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let comment = post_comments::Entity::find_by_id(comment.id)
                .one(txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let was_visible = comment.hidden_at.is_none();
            let author = comment.author_id;
            let mut active: post_comments::ActiveModel = comment.into();
            active.hidden_at = Set(Some(Utc::now()));
            active.hidden_reason = Set(Some(reason.clone()));
            active.update(txn).await?;
            // Told once, when it disappears; a changed reason later is read under the comment.
            if was_visible && let Some(author) = users::Entity::find_by_id(author).one(txn).await? {
                let link = format!("{}/annonces/{}#comment-{}", st.config.public_url, post.id, id);
                let mail = templates::comment_hidden(
                    locale_of(&author),
                    &st.config.site_name,
                    &author.email,
                    &author.first_name,
                    &post.title,
                    &reason,
                    &link,
                );
                st.mailer.send(txn, &st.db, mail).await?;
            }
            Ok::<_, AppError>(post.id)
        })
    })
    .await
}

/// Shows a hidden comment again; answers its post.
pub async fn restore(id: i32) -> Result<i32, AppError> {
    let (comment, post) = moderated(id).await?;
    let state = auth::state()?;
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let comment = post_comments::Entity::find_by_id(comment.id)
                .one(txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let mut active: post_comments::ActiveModel = comment.into();
            active.hidden_at = Set(None);
            active.hidden_reason = Set(None);
            active.update(txn).await?;
            Ok::<_, AppError>(post.id)
        })
    })
    .await
}
