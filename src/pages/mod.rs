//! One module per route or group of routes.

pub mod accessibility;
pub mod home;
pub mod not_found;
