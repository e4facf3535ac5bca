//! Queries and mutations through SeaORM, one function per use case. Each takes a connection or a
//! transaction, so callers decide the transaction boundary.

pub mod accounts;
pub mod admin_cli;
pub mod figures;
