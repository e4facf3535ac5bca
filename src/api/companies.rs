//! Companies: the directory, company pages, registration and claims, people and invitations. Each
//! function checks its caller itself, down to the company it touches.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    domain::{
        company::{CompanyStatus, MemberRole},
        permissions::Denial,
    },
    error::AppError,
};

/// Results per directory page.
pub const PAGE_SIZE: u64 = 20;

/// A company in a list. Visitors get the name, sector and park; members get the rest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyCard {
    pub slug: String,
    pub name: String,
    pub logo_url: Option<String>,
    pub naf_code: Option<String>,
    pub section: Option<char>,
    pub park_name: Option<String>,
    pub status: CompanyStatus,
    pub excerpt: Option<String>,
    pub headcount_band: Option<String>,
    pub address: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryPage {
    pub items: Vec<CompanyCard>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    /// Whether the caller sees members' details.
    pub full: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParkOption {
    pub slug: String,
    pub name: String,
}

/// A person as listed on a company page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonCard {
    pub id: i32,
    pub name: String,
    pub job_title: Option<String>,
    pub photo_url: Option<String>,
    pub role: MemberRole,
}

/// What the caller may do on a company page, each with the reason when not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyActions {
    pub role: Option<MemberRole>,
    pub edit: Result<(), Denial>,
    pub manage_team: Result<(), Denial>,
    pub publish: Result<(), Denial>,
    /// Unclaimed pages: the caller may ask to take it over.
    pub claim: Option<Result<(), Denial>>,
    /// Run pages the caller is not part of: the caller may ask to join.
    pub join: Option<Result<(), Denial>>,
    /// A request from the caller already waits for an answer.
    pub request_pending: bool,
    /// The companies the caller runs, and where each stands with this one.
    pub connect: Vec<crate::api::connections::ConnectOption>,
    /// Why the caller cannot connect at all (no company of their own yet, say).
    pub connect_locked: Option<Denial>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyView {
    pub slug: String,
    pub name: String,
    pub legal_name: String,
    pub trade_name: Option<String>,
    pub status: CompanyStatus,
    pub logo_url: Option<String>,
    pub naf_code: Option<String>,
    pub section: Option<char>,
    pub park: Option<ParkOption>,
    /// Members only from here on.
    pub full: bool,
    pub siret: Option<String>,
    pub siren: Option<String>,
    pub legal_form: Option<String>,
    pub headcount_band: Option<String>,
    pub year_founded: Option<i32>,
    pub address: Option<String>,
    pub description_html: String,
    pub website: Option<String>,
    pub phone: Option<String>,
    pub public_email: Option<String>,
    pub rejection_reason: Option<String>,
    pub people: Vec<PersonCard>,
    /// The companies this one is connected to (members only).
    pub connections: Vec<crate::api::connections::ConnectionItem>,
    pub actions: CompanyActions,
}

/// The values of the company form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyFormValues {
    pub legal_name: String,
    pub trade_name: String,
    pub siret: String,
    pub naf_code: String,
    pub legal_form: String,
    pub headcount_band: String,
    pub year_founded: String,
    pub address: String,
    pub business_park: String,
    pub description: String,
    pub website: String,
    pub phone: String,
    pub public_email: String,
}

/// A company the caller belongs to or asked about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyCompany {
    pub slug: String,
    pub name: String,
    pub status: CompanyStatus,
    pub role: MemberRole,
    pub rejection_reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyRequest {
    pub id: i32,
    pub slug: String,
    pub company: String,
    /// `claim` or `join`.
    pub kind: String,
    pub status: String,
    pub decision_reason: Option<String>,
    pub created_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyCompanies {
    pub companies: Vec<MyCompany>,
    pub requests: Vec<MyRequest>,
    pub register: Result<(), Denial>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub user_id: i32,
    pub name: String,
    pub email: String,
    pub job_title: Option<String>,
    pub role: MemberRole,
    pub is_me: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingInvitation {
    pub id: i32,
    pub email: String,
    pub role: MemberRole,
    pub expires_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRequest {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub message: String,
    pub created_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamView {
    pub slug: String,
    pub name: String,
    pub my_role: MemberRole,
    pub manage: Result<(), Denial>,
    pub members: Vec<TeamMember>,
    pub invitations: Vec<PendingInvitation>,
    pub requests: Vec<JoinRequest>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub company: String,
    pub slug: String,
    pub role: MemberRole,
    pub email: String,
    pub signed_in: bool,
    /// False when the signed-in account has another address than the invited one.
    pub for_me: bool,
    pub already_member: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonView {
    pub id: i32,
    pub name: String,
    pub job_title: Option<String>,
    pub bio: Option<String>,
    pub photo_url: Option<String>,
    pub companies: Vec<(String, String, MemberRole)>,
    pub is_me: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileView {
    pub job_title: String,
    pub bio: String,
    pub public: bool,
    pub photo_url: Option<String>,
    pub user_id: i32,
}

/// Search the directory. Every filter is optional; unknown values are ignored rather than refused,
/// so an old shared link still shows something useful.
#[server(prefix = "/api", endpoint = "search_companies")]
pub async fn search_companies(
    #[server(default)] q: String,
    #[server(default)] secteur: String,
    #[server(default)] zone: String,
    #[server(default)] effectif: String,
    #[server(default)] tri: String,
    #[server(default)] page: String,
    #[server(default)] relations: String,
) -> Result<DirectoryPage, AppError> {
    use crate::server::services::companies::{self, DirectoryFilter};
    let viewer = crate::server::auth::current_user().await?;
    let filter =
        DirectoryFilter::from_query(&q, &secteur, &zone, &effectif, &tri, &page, &relations);
    companies::search(&crate::server::app_state()?.db, viewer.as_ref(), &filter).await
}

/// The business parks, for filters and forms. Public.
#[server(prefix = "/api", endpoint = "business_parks")]
pub async fn list_park_options() -> Result<Vec<ParkOption>, AppError> {
    crate::server::services::companies::park_options(&crate::server::app_state()?.db).await
}

/// A company page. Unlisted pages (pending, rejected, archived) exist only for their people and
/// administrators; for everyone else they are not found.
#[server(prefix = "/api", endpoint = "company")]
pub async fn get_company(slug: String) -> Result<CompanyView, AppError> {
    let viewer = crate::server::auth::current_user().await?;
    crate::server::services::companies::company_view(&slug, viewer.as_ref()).await
}

/// The current values of a company's form, for its people and administrators.
#[server(prefix = "/api", endpoint = "company_form")]
pub async fn get_company_form(slug: String) -> Result<CompanyFormValues, AppError> {
    crate::server::services::companies::form_values(&slug).await
}

/// Registers a company: it waits for the town hall, run by the caller as its owner.
#[server(prefix = "/api", endpoint = "register_company")]
pub async fn register_company(
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
    let values = CompanyFormValues {
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
    let slug = crate::server::services::companies::register(values).await?;
    crate::server::auth::redirect_plain_form(&format!("/entreprises/{slug}?inscrite=1"));
    Ok(slug)
}

/// Saves a company's page (its owners and editors, or an administrator).
#[server(prefix = "/api", endpoint = "update_company")]
pub async fn update_company(
    slug: String,
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
    let values = CompanyFormValues {
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
    let slug = crate::server::services::companies::update(&slug, values).await?;
    crate::server::auth::redirect_plain_form(&format!("/entreprises/{slug}?enregistree=1"));
    Ok(slug)
}

/// Sends a rejected company back to the town hall once corrected.
#[server(prefix = "/api", endpoint = "resubmit_company")]
pub async fn resubmit_company(slug: String) -> Result<(), AppError> {
    crate::server::services::companies::resubmit(&slug).await?;
    crate::server::auth::redirect_plain_form(&format!("/entreprises/{slug}?renvoyee=1"));
    Ok(())
}

/// Asks the town hall to hand over an unclaimed page to the caller.
#[server(prefix = "/api", endpoint = "claim_company")]
pub async fn claim_company(
    slug: String,
    #[server(default)] message: String,
) -> Result<(), AppError> {
    crate::server::services::companies::request(&slug, "claim", &message).await?;
    crate::server::auth::redirect_plain_form(&format!("/entreprises/{slug}?demande=1"));
    Ok(())
}

/// Asks a company's owners to add the caller to its people.
#[server(prefix = "/api", endpoint = "join_company")]
pub async fn join_company(
    slug: String,
    #[server(default)] message: String,
) -> Result<(), AppError> {
    crate::server::services::companies::request(&slug, "join", &message).await?;
    crate::server::auth::redirect_plain_form(&format!("/entreprises/{slug}?demande=1"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "my_companies")]
pub async fn get_my_companies() -> Result<MyCompanies, AppError> {
    crate::server::services::companies::my_companies().await
}

#[server(prefix = "/api", endpoint = "team")]
pub async fn get_team(slug: String) -> Result<TeamView, AppError> {
    crate::server::services::team::team(&slug).await
}

/// E-mails a single-use link to join the company (owners).
#[server(prefix = "/api", endpoint = "invite_member")]
pub async fn invite_member(slug: String, email: String, role: String) -> Result<(), AppError> {
    crate::server::services::team::invite(&slug, &email, &role).await?;
    crate::server::auth::redirect_plain_form(&format!("/entreprises/{slug}/equipe?invitation=1"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "revoke_invitation")]
pub async fn revoke_invitation(slug: String, id: i32) -> Result<(), AppError> {
    crate::server::services::team::revoke_invitation(&slug, id).await?;
    crate::server::auth::redirect_plain_form(&format!("/entreprises/{slug}/equipe"));
    Ok(())
}

/// What an invitation link offers, before it is used.
#[server(prefix = "/api", endpoint = "invitation")]
pub async fn get_invitation(token: String) -> Result<InvitationView, AppError> {
    crate::server::services::team::invitation(&token).await
}

#[server(prefix = "/api", endpoint = "accept_invitation")]
pub async fn accept_invitation(token: String) -> Result<String, AppError> {
    let slug = crate::server::services::team::accept(&token).await?;
    crate::server::auth::redirect_plain_form(&format!("/entreprises/{slug}?bienvenue=1"));
    Ok(slug)
}

#[server(prefix = "/api", endpoint = "change_member_role")]
pub async fn change_member_role(slug: String, user_id: i32, role: String) -> Result<(), AppError> {
    crate::server::services::team::change_role(&slug, user_id, &role).await?;
    crate::server::auth::redirect_plain_form(&format!("/entreprises/{slug}/equipe?enregistre=1"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "remove_member")]
pub async fn remove_member(slug: String, user_id: i32) -> Result<(), AppError> {
    let left = crate::server::services::team::remove(&slug, user_id).await?;
    let next =
        if left { "/mes-entreprises".to_string() } else { format!("/entreprises/{slug}/equipe") };
    crate::server::auth::redirect_plain_form(&next);
    Ok(())
}

/// Makes another member the owner; the caller stays on as editor.
#[server(prefix = "/api", endpoint = "transfer_ownership")]
pub async fn transfer_ownership(slug: String, user_id: i32) -> Result<(), AppError> {
    crate::server::services::team::transfer(&slug, user_id).await?;
    crate::server::auth::redirect_plain_form(&format!("/entreprises/{slug}/equipe?transfert=1"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "decide_join_request")]
pub async fn decide_join_request(slug: String, id: i32, accept: String) -> Result<(), AppError> {
    crate::server::services::team::decide_join(&slug, id, accept == "1").await?;
    crate::server::auth::redirect_plain_form(&format!("/entreprises/{slug}/equipe"));
    Ok(())
}

/// A person's profile, as its visibility setting allows.
#[server(prefix = "/api", endpoint = "person")]
pub async fn get_person(id: i32) -> Result<PersonView, AppError> {
    crate::server::services::people::person(id).await
}

#[server(prefix = "/api", endpoint = "my_profile")]
pub async fn get_my_profile() -> Result<ProfileView, AppError> {
    crate::server::services::people::my_profile().await
}

#[server(prefix = "/api", endpoint = "update_my_profile")]
pub async fn update_my_profile(
    #[server(default)] job_title: String,
    #[server(default)] bio: String,
    #[server(default)] public: Option<String>,
) -> Result<(), AppError> {
    crate::server::services::people::update_profile(&job_title, &bio, public.is_some()).await?;
    crate::server::auth::redirect_plain_form("/compte?profil=1");
    Ok(())
}
