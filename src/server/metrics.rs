//! Counters for `/metrics`: what the server did since it started. Aggregates only, nothing about
//! anyone.

use std::sync::{
    Arc,
    atomic::{AtomicU64, Ordering},
};

use sea_orm::DatabaseConnection;

#[derive(Debug, Default)]
pub struct Metrics {
    pub db_queries: AtomicU64,
    pub db_query_micros: AtomicU64,
    pub http_requests: AtomicU64,
}

impl Metrics {
    /// Counts every statement `db` runs, in or out of transactions.
    pub fn instrument(self: &Arc<Self>, db: &mut DatabaseConnection) {
        let metrics = Arc::clone(self);
        db.set_metric_callback(move |info| {
            metrics.db_queries.fetch_add(1, Ordering::Relaxed);
            metrics.db_query_micros.fetch_add(
                u64::try_from(info.elapsed.as_micros()).unwrap_or(u64::MAX),
                Ordering::Relaxed,
            );
        });
    }

    pub fn queries(&self) -> u64 {
        self.db_queries.load(Ordering::Relaxed)
    }

    /// The Prometheus text exposition of the counters.
    pub fn render(&self) -> String {
        format!(
            "# HELP rer_db_queries_total SQL statements run.\n\
             # TYPE rer_db_queries_total counter\n\
             rer_db_queries_total {}\n\
             # HELP rer_db_query_seconds_total Time spent in SQL statements.\n\
             # TYPE rer_db_query_seconds_total counter\n\
             rer_db_query_seconds_total {:.6}\n\
             # HELP rer_http_requests_total HTTP requests answered.\n\
             # TYPE rer_http_requests_total counter\n\
             rer_http_requests_total {}\n",
            self.queries(),
            self.db_query_micros.load(Ordering::Relaxed) as f64 / 1e6,
            self.http_requests.load(Ordering::Relaxed),
        )
    }
}
