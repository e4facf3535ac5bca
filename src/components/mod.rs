//! Reusable pieces of interface.

pub mod error;
pub mod form;
pub mod lang_switch;
pub mod layout;
