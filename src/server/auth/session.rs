//! Server-side sessions: a random token in an HttpOnly cookie, its hash in the database.

use chrono::{DateTime, Duration, Utc};
use http::HeaderMap;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, entity::prelude::*};

use super::tokens::{hash_token, new_token};
use crate::server::{
    config::Config,
    entities::{sessions, users},
};

/// Last-seen times are written at most this often, so reading pages does not write on every request.
const TOUCH_EVERY: Duration = Duration::minutes(1);

pub fn cookie_name(config: &Config) -> &'static str {
    if config.secure_cookies() { "__Host-rer_session" } else { "rer_session" }
}

/// The `Set-Cookie` value for a new session.
pub fn session_cookie(config: &Config, token: &str) -> String {
    let max_age = i64::from(config.session_lifetime_days) * 24 * 3600;
    let secure = if config.secure_cookies() { "; Secure" } else { "" };
    format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}",
        cookie_name(config)
    )
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_cookie(config: &Config) -> String {
    let secure = if config.secure_cookies() { "; Secure" } else { "" };
    format!("{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}", cookie_name(config))
}

/// The session token sent by the browser, if any; malformed values are ignored.
pub fn token_from_headers(config: &Config, headers: &HeaderMap) -> Option<String> {
    let name = cookie_name(config);
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| {
            v.len() == 43 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// Opens a session for `user_id` and returns its token (for the cookie).
pub async fn open(
    db: &impl ConnectionTrait,
    config: &Config,
    user_id: i32,
    user_agent: Option<String>,
    ip_address: Option<String>,
) -> Result<String, DbErr> {
    let token = new_token();
    let now = Utc::now();
    sessions::ActiveModel {
        token_hash: Set(hash_token(&token)),
        user_id: Set(user_id),
        user_agent: Set(user_agent.map(|ua| ua.chars().take(300).collect())),
        ip_address: Set(ip_address),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + Duration::days(i64::from(config.session_lifetime_days))),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The live session behind `token` and its user, or `None` when unknown, expired, idle for too long,
/// or the account is suspended. Stale sessions found here are deleted.
pub async fn resolve(
    db: &impl ConnectionTrait,
    config: &Config,
    token: &str,
) -> Result<Option<(sessions::Model, users::Model)>, DbErr> {
    let found = sessions::Entity::find()
        .filter(sessions::Column::TokenHash.eq(hash_token(token)))
        .find_also_related(users::Entity)
        .one(db)
        .await?;
    let Some((session, Some(user))) = found else { return Ok(None) };
    let now = Utc::now();
    if !is_live(&session, now, config) || user.status != "active" {
        sessions::Entity::delete_by_id(session.id).exec(db).await?;
        return Ok(None);
    }
    if now - session.last_seen_at > TOUCH_EVERY {
        sessions::Entity::update_many()
            .col_expr(sessions::Column::LastSeenAt, Expr::value(now))
            .filter(sessions::Column::Id.eq(session.id))
            .exec(db)
            .await?;
    }
    Ok(Some((session, user)))
}

fn is_live(session: &sessions::Model, now: DateTime<Utc>, config: &Config) -> bool {
    let idle = Duration::minutes(i64::from(config.session_idle_minutes));
    session.expires_at > now && now - session.last_seen_at < idle
}

/// Ends one session.
pub async fn close(db: &impl ConnectionTrait, session_id: i32) -> Result<(), DbErr> {
    sessions::Entity::delete_by_id(session_id).exec(db).await?;
    Ok(())
}

/// Ends every session of a user except `keep`.
pub async fn close_all(
    db: &impl ConnectionTrait,
    user_id: i32,
    keep: Option<i32>,
) -> Result<u64, DbErr> {
    let mut delete = sessions::Entity::delete_many().filter(sessions::Column::UserId.eq(user_id));
    if let Some(keep) = keep {
        delete = delete.filter(sessions::Column::Id.ne(keep));
    }
    Ok(delete.exec(db).await?.rows_affected)
}
