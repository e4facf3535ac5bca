//! SeaORM entities, one module per table.

pub mod account_tokens;
pub mod business_parks;
pub mod companies;
pub mod company_members;
pub mod outbox_emails;
pub mod rate_limit_hits;
pub mod sessions;
pub mod users;
