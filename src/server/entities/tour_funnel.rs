use sea_orm::entity::prelude::*;

/// One counter of the tour funnel: how many members `event`ed at `step_id` of a situation's tour.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tour_funnel")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub situation: String,
    /// Empty for events of the whole tour (started, finished, skipped, dismissed).
    pub step_id: String,
    pub event: String,
    pub count: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
