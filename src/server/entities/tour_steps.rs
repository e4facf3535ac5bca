use sea_orm::entity::prelude::*;

/// The town hall's changes to a step of `domain::tour`: order, on/off, texts and target. A missing
/// row, or a missing text, means the step as shipped.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tour_steps")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub step_id: String,
    pub position: i32,
    pub enabled: bool,
    pub target: Option<String>,
    pub title_fr: Option<String>,
    pub title_en: Option<String>,
    pub body_fr: Option<String>,
    pub body_en: Option<String>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
