use sea_orm::entity::prelude::*;

/// An announcement. `company_id` is the publishing company; official posts of the town hall have
/// none. `kind` and `visibility` hold the codes of [`crate::domain::post`].
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "posts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub company_id: Option<i32>,
    pub official: bool,
    pub pinned: bool,
    pub author_id: Option<i32>,
    pub kind: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub visibility: String,
    pub expires_on: Option<Date>,
    pub created_at: DateTimeUtc,
    pub edited_at: Option<DateTimeUtc>,
    /// Set when a moderator hid the post; it is then gone for everyone but the moderators.
    pub hidden_at: Option<DateTimeUtc>,
    pub hidden_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::companies::Entity",
        from = "Column::CompanyId",
        to = "super::companies::Column::Id",
        on_delete = "Cascade"
    )]
    Company,
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::AuthorId",
        to = "super::users::Column::Id",
        on_delete = "SetNull"
    )]
    Author,
}

impl Related<super::companies::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Company.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
