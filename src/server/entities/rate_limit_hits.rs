use sea_orm::entity::prelude::*;

/// One attempt counted against a bucket such as `sign_in:ip:203.0.113.7`; kept in the database so
/// that limits hold across several app instances.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rate_limit_hits")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub bucket: String,
    pub hit_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
