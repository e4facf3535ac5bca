//! SeaORM entities, one module per table.

pub mod account_tokens;
pub mod business_parks;
pub mod companies;
pub mod company_connections;
pub mod company_invitations;
pub mod company_members;
pub mod company_requests;
pub mod outbox_emails;
pub mod post_comments;
pub mod post_reactions;
pub mod posts;
pub mod rate_limit_hits;
pub mod reports;
pub mod sessions;
pub mod tour_funnel;
pub mod tour_progress;
pub mod tour_steps;
pub mod users;
