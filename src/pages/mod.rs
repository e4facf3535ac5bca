//! One module per route or group of routes.

pub mod accessibility;
pub mod account;
pub mod admin;
pub mod auth;
pub mod home;
pub mod legal;
pub mod not_found;
