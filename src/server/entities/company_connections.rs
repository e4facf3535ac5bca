use sea_orm::entity::prelude::*;

/// A connection between two companies, or a request for one. `low_id` and `high_id` are the two
/// company ids in order, unique together: a pair has one row whichever company asked.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "company_connections")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub requester_id: i32,
    pub addressee_id: i32,
    pub low_id: i32,
    pub high_id: i32,
    /// `pending`, `accepted` or `declined`.
    pub status: String,
    pub message: String,
    pub requested_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub responded_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::companies::Entity",
        from = "Column::RequesterId",
        to = "super::companies::Column::Id",
        on_delete = "Cascade"
    )]
    Requester,
    #[sea_orm(
        belongs_to = "super::companies::Entity",
        from = "Column::AddresseeId",
        to = "super::companies::Column::Id",
        on_delete = "Cascade"
    )]
    Addressee,
}

impl ActiveModelBehavior for ActiveModel {}
