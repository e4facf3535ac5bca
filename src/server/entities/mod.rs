//! SeaORM entities, one module per table.

pub mod business_parks;
pub mod companies;
pub mod company_members;
pub mod users;
