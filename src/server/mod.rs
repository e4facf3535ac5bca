//! Everything that runs on the server only.

pub mod auth;
pub mod config;
pub mod db;
pub mod entities;
pub mod http;
pub mod mail;
pub mod markdown;
pub mod metrics;
pub mod security;
pub mod seed;
pub mod services;
pub mod state;
pub mod upload_routes;
pub mod uploads;

pub use state::{AppState, app_state};
