//! Database connection and the one way to start a write transaction.

use std::{future::Future, pin::Pin, time::Duration};

use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, DbErr,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};

/// Connects to SQLite or PostgreSQL according to the URL. On SQLite every pooled connection gets
/// WAL, `synchronous=NORMAL`, foreign keys and a busy timeout, so that readers never block writers and
/// concurrent writers wait for each other instead of failing.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let sqlite = url.starts_with("sqlite:");
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(if sqlite { 8 } else { 16 })
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(15))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
                .create_if_missing(true)
        });
    Database::connect(options).await
}

/// Connects and brings the schema up to date.
pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let db = connect(url).await?;
    Migrator::up(&db, None).await?;
    Ok(db)
}

/// Runs `work` in a write transaction: `BEGIN IMMEDIATE` on SQLite, so the write lock is taken up front
/// and a concurrent writer queues on the busy timeout rather than failing half-way with "database is
/// locked"; a plain `BEGIN` on PostgreSQL. Commits on `Ok`, rolls back on `Err`.
pub async fn write<T, E, F>(db: &DatabaseConnection, work: F) -> Result<T, E>
where
    F: for<'c> FnOnce(
            &'c DatabaseTransaction,
        ) -> Pin<Box<dyn Future<Output = Result<T, E>> + Send + 'c>>
        + Send,
    E: From<DbErr>,
{
    let txn = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await?;
    match work(&txn).await {
        Ok(value) => {
            txn.commit().await?;
            Ok(value)
        }
        Err(err) => {
            txn.rollback().await?;
            Err(err)
        }
    }
}

/// The database URL without its password, for messages and logs.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    match authority.rsplit_once('@') {
        Some((credentials, host)) => {
            let user = credentials.split(':').next().unwrap_or("");
            format!("{scheme}://{user}:***@{host}{path}")
        }
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact_url("postgres://rer:s3cret@db.local:5432/rer"),
            "postgres://rer:***@db.local:5432/rer"
        );
        assert_eq!(redact_url("sqlite://data/rer.db?mode=rwc"), "sqlite://data/rer.db?mode=rwc");
    }
}
