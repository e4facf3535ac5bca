//! Plain types shared by the browser and the server, with their validation.

pub mod account;
pub mod company;
pub mod figures;
pub mod naf;
pub mod permissions;
pub mod post;
pub mod site;
pub mod tour;
