//! Server functions, grouped by domain. Each one is a public HTTP endpoint under `/api`: it
//! authenticates and authorises its caller itself, then calls a service.

pub mod account;
pub mod preferences;
pub mod site;
