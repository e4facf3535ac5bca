//! Fixed limits on attempts, counted in the database so they hold across app instances. A slot is
//! taken before the attempt runs (insert, then count, in one write transaction), so parallel
//! attempts cannot all slip past the check.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement,
    entity::prelude::*,
};

use crate::server::{db, entities::rate_limit_hits};

#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub max: u64,
    pub window: Duration,
}

/// Five per five minutes: sign-in failures per account, sign-ups and reset requests per address,
/// e-mails to one recipient.
pub const STRICT: Limit = Limit { max: 5, window: Duration::minutes(5) };
/// Attempts from one network address, which an office may share.
pub const PER_ADDRESS: Limit = Limit { max: 20, window: Duration::minutes(5) };

/// A counted attempt; `release` it when the attempt should not count (a successful sign-in).
#[derive(Debug)]
pub struct Slot(i32);

/// Takes one slot in each bucket, all or nothing. `None` when any bucket is full.
pub async fn take(
    database: &DatabaseConnection,
    buckets: &[(String, Limit)],
) -> Result<Option<Vec<Slot>>, DbErr> {
    let buckets = buckets.to_vec();
    db::write(database, move |txn| {
        Box::pin(async move {
            lock_buckets(txn, &buckets).await?;
            let now = Utc::now();
            let mut slots = Vec::with_capacity(buckets.len());
            for (bucket, limit) in &buckets {
                let bucket: String = bucket.chars().take(300).collect();
                rate_limit_hits::Entity::delete_many()
                    .filter(rate_limit_hits::Column::Bucket.eq(bucket.as_str()))
                    .filter(rate_limit_hits::Column::HitAt.lte(now - limit.window))
                    .exec(txn)
                    .await?;
                let used = rate_limit_hits::Entity::find()
                    .filter(rate_limit_hits::Column::Bucket.eq(bucket.as_str()))
                    .count(txn)
                    .await?;
                if used >= limit.max {
                    // Nothing taken: the transaction rolls back the other buckets' slots.
                    return Err(TakeError::Full);
                }
                let hit = rate_limit_hits::ActiveModel {
                    bucket: Set(bucket),
                    hit_at: Set(now),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
                slots.push(Slot(hit.id));
            }
            Ok(slots)
        })
    })
    .await
    .map(Some)
    .or_else(|err| match err {
        TakeError::Full => Ok(None),
        TakeError::Db(err) => Err(err),
    })
}

/// On PostgreSQL, concurrent transactions would each count the same rows and all insert: a
/// per-bucket advisory lock, held until commit, makes them take turns. SQLite's write transactions
/// are already one at a time (`BEGIN IMMEDIATE`).
async fn lock_buckets(
    txn: &impl ConnectionTrait,
    buckets: &[(String, Limit)],
) -> Result<(), DbErr> {
    if txn.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    let mut names: Vec<&str> = buckets.iter().map(|(bucket, _)| bucket.as_str()).collect();
    // One order for everyone, so two attempts never wait on each other's second lock.
    names.sort_unstable();
    names.dedup();
    for name in names {
        txn.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock(hashtext($1))",
            [name.chars().take(300).collect::<String>().into()],
        ))
        .await?;
    }
    Ok(())
}

/// Gives slots back.
pub async fn release(database: &DatabaseConnection, slots: Vec<Slot>) -> Result<(), DbErr> {
    let ids: Vec<i32> = slots.into_iter().map(|Slot(id)| id).collect();
    rate_limit_hits::Entity::delete_many()
        .filter(rate_limit_hits::Column::Id.is_in(ids))
        .exec(database)
        .await?;
    Ok(())
}

/// Takes slots and refuses with `RateLimited` when a bucket is full.
pub async fn hit(
    database: &DatabaseConnection,
    buckets: &[(String, Limit)],
) -> Result<Vec<Slot>, crate::error::AppError> {
    take(database, buckets).await?.ok_or(crate::error::AppError::RateLimited)
}

enum TakeError {
    Full,
    Db(DbErr),
}

impl From<DbErr> for TakeError {
    fn from(err: DbErr) -> Self {
        TakeError::Db(err)
    }
}
