//! Fixed limits on attempts, counted in the database so they hold across app instances.

use chrono::{Duration, Utc};
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, entity::prelude::*};

use crate::server::entities::rate_limit_hits;

#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub max: u64,
    pub window: Duration,
}

/// Five attempts per five minutes: sign-in failures per account and per address, sign-ups and
/// password-reset requests.
pub const STRICT: Limit = Limit { max: 5, window: Duration::minutes(5) };
/// Failed sign-ins from one network address, which an office may share.
pub const PER_ADDRESS: Limit = Limit { max: 20, window: Duration::minutes(5) };

/// Whether `bucket` has already used up `limit` in the current window.
pub async fn exhausted(
    db: &impl ConnectionTrait,
    bucket: &str,
    limit: Limit,
) -> Result<bool, DbErr> {
    let since = Utc::now() - limit.window;
    let count = rate_limit_hits::Entity::find()
        .filter(rate_limit_hits::Column::Bucket.eq(bucket))
        .filter(rate_limit_hits::Column::HitAt.gt(since))
        .count(db)
        .await?;
    Ok(count >= limit.max)
}

/// Counts one attempt against `bucket`, and forgets attempts older than the window.
pub async fn record(db: &impl ConnectionTrait, bucket: &str, limit: Limit) -> Result<(), DbErr> {
    let now = Utc::now();
    rate_limit_hits::Entity::delete_many()
        .filter(rate_limit_hits::Column::Bucket.eq(bucket))
        .filter(rate_limit_hits::Column::HitAt.lte(now - limit.window))
        .exec(db)
        .await?;
    rate_limit_hits::ActiveModel {
        bucket: Set(bucket.chars().take(300).collect()),
        hit_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Counts one attempt and tells whether it went over the limit.
pub async fn hit(db: &impl ConnectionTrait, bucket: &str, limit: Limit) -> Result<bool, DbErr> {
    if exhausted(db, bucket, limit).await? {
        return Ok(false);
    }
    record(db, bucket, limit).await?;
    Ok(true)
}
