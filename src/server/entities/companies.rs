use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "companies")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub legal_name: String,
    pub trade_name: Option<String>,
    #[sea_orm(unique)]
    pub siret: Option<String>,
    pub siren: Option<String>,
    pub naf_code: Option<String>,
    pub naf_section: Option<String>,
    pub legal_form: Option<String>,
    pub headcount_band: Option<String>,
    pub year_founded: Option<i32>,
    pub address: Option<String>,
    pub business_park_id: Option<i32>,
    pub description: String,
    pub website: Option<String>,
    pub phone: Option<String>,
    pub public_email: Option<String>,
    pub status: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub approved_at: Option<DateTimeUtc>,
    /// Stored logo, see `server::uploads`.
    pub logo_key: Option<String>,
    pub rejection_reason: Option<String>,
    /// When it was last sent to the town hall for approval.
    pub submitted_at: Option<DateTimeUtc>,
    pub reviewed_at: Option<DateTimeUtc>,
    /// Folded text the directory searches, display name first (see `services::companies`).
    pub search_text: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::business_parks::Entity",
        from = "Column::BusinessParkId",
        to = "super::business_parks::Column::Id",
        on_delete = "SetNull"
    )]
    BusinessPark,
    #[sea_orm(has_many = "super::company_members::Entity")]
    Members,
}

impl Related<super::business_parks::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::BusinessPark.def()
    }
}

impl Related<super::company_members::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Members.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
