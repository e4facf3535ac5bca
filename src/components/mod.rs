//! Reusable pieces of interface.

pub mod company;
pub mod error;
pub mod form;
pub mod help;
pub mod lang_switch;
pub mod layout;
pub mod tour;
