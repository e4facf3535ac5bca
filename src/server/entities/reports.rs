use sea_orm::entity::prelude::*;

/// A member's report of an announcement (`post_id`) or a comment (`comment_id`), waiting in the
/// moderation queue until `resolved_at`; `resolution` is `hidden`, `dismissed` or `suspended`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub post_id: Option<i32>,
    pub comment_id: Option<i32>,
    pub reporter_id: i32,
    pub reason: String,
    pub created_at: DateTimeUtc,
    pub resolved_at: Option<DateTimeUtc>,
    pub resolution: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
