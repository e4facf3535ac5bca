//! The town hall's side of companies: the approval queue, every company, unclaimed pages and
//! business parks. Administrators only; each function checks it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{api::companies::ParkOption, domain::company::CompanyStatus, error::AppError};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimilarCompany {
    pub slug: String,
    pub name: String,
    /// `siren` (another establishment of the same company) or `name`.
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingCompany {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub legal_name: String,
    pub siret: Option<String>,
    /// The SIRET rule that fails, in the reader's language; `None` when the number is valid.
    pub siret_problem: Option<String>,
    pub naf: Option<String>,
    pub address: Option<String>,
    pub submitted_at: String,
    pub owner: Option<(String, String)>,
    pub similar: Vec<SimilarCompany>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingClaim {
    pub id: i32,
    pub slug: String,
    pub company: String,
    pub siret: Option<String>,
    pub requester: String,
    pub email: String,
    pub message: String,
    pub created_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewQueue {
    pub companies: Vec<PendingCompany>,
    pub claims: Vec<PendingClaim>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminCompanyRow {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub siret: Option<String>,
    pub status: CompanyStatus,
    pub members: u64,
    pub created_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminCompanyList {
    pub rows: Vec<AdminCompanyRow>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    pub counts: Vec<(CompanyStatus, u64)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParkRow {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub area_hectares: f64,
    pub status: String,
    pub main_activity: String,
    pub description: String,
    pub companies: u64,
}

/// What the administration menu shows as waiting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminCounts {
    pub pending_companies: u64,
    pub pending_claims: u64,
}

#[server(prefix = "/api", endpoint = "admin/review_queue")]
pub async fn get_review_queue() -> Result<ReviewQueue, AppError> {
    crate::server::services::admin_companies::review_queue().await
}

#[server(prefix = "/api", endpoint = "admin/counts")]
pub async fn get_admin_counts() -> Result<AdminCounts, AppError> {
    crate::server::services::admin_companies::counts().await
}

#[server(prefix = "/api", endpoint = "admin/approve_company")]
pub async fn approve_company(id: i32) -> Result<(), AppError> {
    crate::server::services::admin_companies::approve(id).await?;
    crate::server::auth::redirect_plain_form("/admin/entreprises?validee=1");
    Ok(())
}

#[server(prefix = "/api", endpoint = "admin/reject_company")]
pub async fn reject_company(id: i32, #[server(default)] reason: String) -> Result<(), AppError> {
    crate::server::services::admin_companies::reject(id, &reason).await?;
    crate::server::auth::redirect_plain_form("/admin/entreprises?refusee=1");
    Ok(())
}

#[server(prefix = "/api", endpoint = "admin/decide_claim")]
pub async fn decide_claim(
    id: i32,
    accept: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    crate::server::services::admin_companies::decide_claim(id, accept == "1", &reason).await?;
    crate::server::auth::redirect_plain_form("/admin/entreprises?revendication=1");
    Ok(())
}

#[server(prefix = "/api", endpoint = "admin/companies")]
pub async fn admin_companies(
    #[server(default)] statut: String,
    #[server(default)] q: String,
    #[server(default)] page: String,
) -> Result<AdminCompanyList, AppError> {
    crate::server::services::admin_companies::list(&statut, &q, &page).await
}

/// Creates a page for a company of the town that nobody runs yet; a member may claim it.
#[server(prefix = "/api", endpoint = "admin/create_company")]
pub async fn create_unclaimed_company(
    legal_name: String,
    #[server(default)] trade_name: String,
    siret: String,
    naf_code: String,
    #[server(default)] legal_form: String,
    #[server(default)] headcount_band: String,
    #[server(default)] year_founded: String,
    #[server(default)] address: String,
    #[server(default)] business_park: String,
    #[server(default)] description: String,
    #[server(default)] website: String,
    #[server(default)] phone: String,
    #[server(default)] public_email: String,
) -> Result<String, AppError> {
    let values = crate::api::companies::CompanyFormValues {
        legal_name,
        trade_name,
        siret,
        naf_code,
        legal_form,
        headcount_band,
        year_founded,
        address,
        business_park,
        description,
        website,
        phone,
        public_email,
    };
    let slug = crate::server::services::admin_companies::create_unclaimed(values).await?;
    crate::server::auth::redirect_plain_form(&format!("/entreprises/{slug}?creee=1"));
    Ok(slug)
}

#[server(prefix = "/api", endpoint = "admin/parks")]
pub async fn admin_parks() -> Result<Vec<ParkRow>, AppError> {
    crate::server::services::admin_companies::parks().await
}

/// Creates a business park (`id` absent) or saves one.
#[server(prefix = "/api", endpoint = "admin/save_park")]
pub async fn save_park(
    #[server(default)] id: Option<i32>,
    /// Which form of the page sent it, to show a refusal on that form.
    #[server(default)]
    form: String,
    name: String,
    area_hectares: String,
    status: String,
    #[server(default)] main_activity: String,
    #[server(default)] description: String,
) -> Result<ParkOption, AppError> {
    let park = crate::server::services::admin_companies::save_park(
        id,
        &form,
        &name,
        &area_hectares,
        &status,
        &main_activity,
        &description,
    )
    .await?;
    crate::server::auth::redirect_plain_form("/admin/zones?enregistree=1");
    Ok(park)
}
