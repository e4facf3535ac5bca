//! One module per route or group of routes.

pub mod accessibility;
pub mod account;
pub mod admin;
pub mod admin_companies;
pub mod auth;
pub mod company;
pub mod directory;
pub mod feed;
pub mod help;
pub mod home;
pub mod legal;
pub mod moderation;
pub mod network;
pub mod not_found;
pub mod team;
