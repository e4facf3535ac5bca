//! Plain types shared by the browser and the server, with their validation.

pub mod figures;
pub mod naf;
pub mod site;
