//! Reports and the moderation queue. A report names a post or a comment the reporter can read; the
//! town hall's staff hide the content (its author is told why), suspend the author, or dismiss the
//! report. Hidden content is gone for everyone but the moderators, and can be restored.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{ActiveValue::Set, QueryOrder, QuerySelect, entity::prelude::*};

use crate::{
    api::moderation::ReportView,
    domain::{
        company,
        permissions::{AccountStatus, Capability, Denial, Role},
        post::HIDE_REASON_MAX_CHARS,
    },
    error::{AppError, FormErrors},
    server::{
        auth::{self, rate_limit, request_locale},
        db,
        entities::{post_comments, posts, reports, users},
        mail::templates,
        services::{
            comments::{self, visible_comment},
            companies::{french, locale_of},
            dates,
            posts::{readable_post, reader},
        },
    },
};

const REPORT_MAX_CHARS: usize = 1000;

/// How many reports one person may send in a burst.
const REPORT_LIMIT: rate_limit::Limit =
    rate_limit::Limit { max: 20, window: chrono::Duration::hours(1) };

/// A reason, one line, required; the form comes back with what was typed otherwise.
pub(crate) fn reason_of(
    raw: &str,
    max: usize,
    keep: &[(&str, String)],
) -> Result<String, AppError> {
    let one_line = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    company::required_text(&one_line, max).map_err(|e| {
        let mut form = FormErrors::default();
        form.add("reason", e.message(french(request_locale())));
        form.keep("reason", raw);
        for (field, value) in keep {
            form.keep(field, value);
        }
        AppError::Invalid(form)
    })
}

/// Records a report of a post (or of a comment when `comment`) the caller can read; answers the
/// post it is about. A second report of the same content by the same person while the first waits
/// changes nothing.
pub async fn report(comment: bool, id: i32, reason: String) -> Result<i32, AppError> {
    let state = auth::state()?;
    let db = &state.db;
    let reader = reader(db).await?;
    let keep =
        [("target", if comment { "comment" } else { "post" }.to_string()), ("id", id.to_string())];
    let (post_id, comment_id) = if comment {
        let (comment, post) = visible_comment(&reader, id).await?;
        (post.id, Some(comment.id))
    } else {
        (readable_post(db, &reader, id).await?.id, None)
    };
    let reason = reason_of(&reason, REPORT_MAX_CHARS, &keep)?;
    let reporter = reader.me.user.id;
    rate_limit::hit(db, &[(format!("report:user:{reporter}"), REPORT_LIMIT)]).await?;
    db::write(db, move |txn| {
        Box::pin(async move {
            let mut open = reports::Entity::find()
                .filter(reports::Column::ReporterId.eq(reporter))
                .filter(reports::Column::ResolvedAt.is_null());
            open = match comment_id {
                Some(c) => open.filter(reports::Column::CommentId.eq(c)),
                None => open
                    .filter(reports::Column::PostId.eq(post_id))
                    .filter(reports::Column::CommentId.is_null()),
            };
            if open.one(txn).await?.is_none() {
                reports::ActiveModel {
                    post_id: Set(comment_id.is_none().then_some(post_id)),
                    comment_id: Set(comment_id),
                    reporter_id: Set(reporter),
                    reason: Set(reason),
                    created_at: Set(Utc::now()),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
            }
            Ok::<_, AppError>(post_id)
        })
    })
    .await
}

async fn moderator() -> Result<(), AppError> {
    auth::require(Capability::AdministerCompanies).await.map(|_| ())
}

fn shorten(text: &str) -> String {
    let mut out: String = text.chars().take(280).collect();
    if text.chars().count() > 280 {
        out.push('…');
    }
    out
}

/// The open reports, oldest first, with what they are about: five queries.
pub async fn queue() -> Result<Vec<ReportView>, AppError> {
    moderator().await?;
    let state = auth::state()?;
    let db = &state.db;
    let open = reports::Entity::find()
        .filter(reports::Column::ResolvedAt.is_null())
        .order_by_asc(reports::Column::CreatedAt)
        .order_by_asc(reports::Column::Id)
        .limit(200)
        .all(db)
        .await?;
    let comment_ids: Vec<i32> = open.iter().filter_map(|r| r.comment_id).collect();
    let comments: HashMap<i32, post_comments::Model> = post_comments::Entity::find()
        .filter(post_comments::Column::Id.is_in(comment_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let post_ids: Vec<i32> = open
        .iter()
        .filter_map(|r| {
            r.post_id.or_else(|| r.comment_id.and_then(|c| comments.get(&c)).map(|c| c.post_id))
        })
        .collect();
    let posts: HashMap<i32, posts::Model> = posts::Entity::find()
        .filter(posts::Column::Id.is_in(post_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let user_ids: Vec<i32> = open
        .iter()
        .map(|r| r.reporter_id)
        .chain(comments.values().map(|c| c.author_id))
        .chain(posts.values().filter_map(|p| p.author_id))
        .collect();
    let people: HashMap<i32, String> = users::Entity::find()
        .filter(users::Column::Id.is_in(user_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, format!("{} {}", u.first_name, u.last_name)))
        .collect();
    let locale = request_locale();
    let name = |id: Option<i32>| id.and_then(|id| people.get(&id).cloned()).unwrap_or_default();
    Ok(open
        .into_iter()
        .filter_map(|report| {
            let comment = report.comment_id.and_then(|c| comments.get(&c));
            let post = posts.get(&report.post_id.or(comment.map(|c| c.post_id))?)?;
            let (excerpt, author, hidden) = match comment {
                Some(c) => (shorten(&c.body), name(Some(c.author_id)), c.hidden_at.is_some()),
                None => (shorten(&post.body), name(post.author_id), post.hidden_at.is_some()),
            };
            Some(ReportView {
                id: report.id,
                post_id: post.id,
                post_title: post.title.clone(),
                comment_id: report.comment_id,
                excerpt,
                author,
                reporter: name(Some(report.reporter_id)),
                reason: report.reason,
                date: dates::date(report.created_at, locale),
                datetime: report.created_at.to_rfc3339(),
                hidden,
            })
        })
        .collect())
}

/// Settles a report and every other open report of the same content.
pub async fn resolve(id: i32, decision: &str, reason: String) -> Result<(), AppError> {
    moderator().await?;
    let state = auth::state()?;
    let db = &state.db;
    let report = reports::Entity::find_by_id(id)
        .filter(reports::Column::ResolvedAt.is_null())
        .one(db)
        .await?
        .ok_or(AppError::Denied(Denial::NothingToDo))?;
    let (hide, suspend) = match decision {
        "hide" => (true, false),
        "suspend" => (true, true),
        "dismiss" => (false, false),
        _ => return Err(AppError::NotFound),
    };
    let mut author = None;
    if hide {
        let reason = reason_of(&reason, HIDE_REASON_MAX_CHARS, &[("id", id.to_string())])?;
        match (report.comment_id, report.post_id) {
            (Some(comment), _) => {
                let row = post_comments::Entity::find_by_id(comment)
                    .one(db)
                    .await?
                    .ok_or(AppError::NotFound)?;
                author = Some(row.author_id);
                if row.hidden_at.is_none() {
                    let post = posts::Entity::find_by_id(row.post_id)
                        .one(db)
                        .await?
                        .ok_or(AppError::NotFound)?;
                    comments::hide_checked(row, post, reason).await?;
                }
            }
            (None, Some(post)) => {
                author = hide_post(post, reason).await?;
            }
            (None, None) => return Err(AppError::NotFound),
        }
    }
    let resolution = if suspend {
        "suspended"
    } else if hide {
        "hidden"
    } else {
        "dismissed"
    };
    db::write(db, move |txn| {
        Box::pin(async move {
            let same = match report.comment_id {
                Some(c) => reports::Column::CommentId.eq(c),
                None => reports::Column::PostId.eq(report.post_id.unwrap_or_default()),
            };
            reports::Entity::update_many()
                .col_expr(reports::Column::ResolvedAt, Expr::value(Utc::now()))
                .col_expr(reports::Column::Resolution, Expr::value(resolution))
                .filter(reports::Column::ResolvedAt.is_null())
                .filter(same)
                .exec(txn)
                .await?;
            if let (true, Some(author)) = (suspend, author) {
                users::Entity::update_many()
                    .col_expr(users::Column::Status, Expr::value(AccountStatus::Suspended.as_str()))
                    .filter(users::Column::Id.eq(author))
                    .filter(users::Column::Role.ne(Role::Admin.as_str()))
                    .exec(txn)
                    .await?;
            }
            Ok::<_, AppError>(())
        })
    })
    .await
}

/// Hides a post and tells its publisher; answers its author.
async fn hide_post(id: i32, reason: String) -> Result<Option<i32>, AppError> {
    let state = auth::state()?;
    let st = state.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let post = posts::Entity::find_by_id(id).one(txn).await?.ok_or(AppError::NotFound)?;
            let author = post.author_id;
            if post.hidden_at.is_some() {
                return Ok(author);
            }
            let title = post.title.clone();
            let mut active: posts::ActiveModel = post.into();
            active.hidden_at = Set(Some(Utc::now()));
            active.hidden_reason = Set(Some(reason.clone()));
            active.update(txn).await?;
            if let Some(user) = match author {
                Some(a) => users::Entity::find_by_id(a).one(txn).await?,
                None => None,
            } {
                let mail = templates::post_hidden(
                    locale_of(&user),
                    &st.config.site_name,
                    &user.email,
                    &user.first_name,
                    &title,
                    &reason,
                );
                st.mailer.send(txn, &st.db, mail).await?;
            }
            Ok::<_, AppError>(author)
        })
    })
    .await
}

/// Shows a hidden post again.
pub async fn restore_post(id: i32) -> Result<(), AppError> {
    moderator().await?;
    let state = auth::state()?;
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let post = posts::Entity::find_by_id(id).one(txn).await?.ok_or(AppError::NotFound)?;
            let mut active: posts::ActiveModel = post.into();
            active.hidden_at = Set(None);
            active.hidden_reason = Set(None);
            active.update(txn).await?;
            Ok::<_, AppError>(())
        })
    })
    .await
}
