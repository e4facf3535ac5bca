use sea_orm::entity::prelude::*;

/// How far a member got in the tour of one situation.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tour_progress")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    pub situation: String,
    /// The step shown last (one of `domain::tour`'s ids).
    pub step_id: String,
    /// `active`, `finished`, `skipped` or `dismissed`.
    pub status: String,
    /// Index of the furthest step reached, so each step is counted once in the funnel.
    pub furthest: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::UserId",
        to = "super::users::Column::Id",
        on_delete = "Cascade"
    )]
    User,
}

impl Related<super::users::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::User.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
