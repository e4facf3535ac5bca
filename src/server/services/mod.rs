//! Queries and mutations through SeaORM, one function per use case. Each takes a connection or a
//! transaction, so callers decide the transaction boundary.

pub mod accounts;
pub mod admin_cli;
pub mod admin_companies;
pub mod comments;
pub mod companies;
pub mod connections;
pub mod dates;
pub mod figures;
pub mod moderation;
pub mod people;
pub mod posts;
pub mod team;
pub mod tour;
