//! Black-box tests: the real router on a random port, a fresh migrated database per test (SQLite in a
//! temporary directory, or PostgreSQL when TEST_DATABASE_URL is set), real HTTP.

mod helpers;

mod accounts;
mod companies;
mod connections;
mod foundation;
mod posts;
mod tour;
