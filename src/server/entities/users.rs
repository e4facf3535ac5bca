use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub password_hash: Option<String>,
    pub first_name: String,
    pub last_name: String,
    pub job_title: Option<String>,
    pub role: String,
    pub status: String,
    pub locale: String,
    pub email_confirmed_at: Option<DateTimeUtc>,
    pub terms_accepted_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub bio: Option<String>,
    pub photo_key: Option<String>,
    /// `members` or `public`.
    pub profile_visibility: String,
    /// Tours start by themselves until the member chooses "Ne plus afficher".
    pub tours_automatic: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::company_members::Entity")]
    Memberships,
}

impl Related<super::company_members::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Memberships.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
