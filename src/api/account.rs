//! Accounts: sign-up and e-mail confirmation, sign-in and sign-out, forgotten password, account
//! settings, sessions, data export and deletion. Every function checks its caller itself.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{Locale, error::AppError};

/// What the header and pages need to know about the signed-in member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewerSummary {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub is_admin: bool,
    pub email_confirmed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub locale: Locale,
    pub email_confirmed: bool,
    pub is_admin: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: i32,
    pub device: String,
    pub ip_address: Option<String>,
    pub created_at: String,
    pub last_seen_at: String,
    pub current: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub id: i32,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub kind: String,
    pub created_at: String,
    pub sent: bool,
}

/// The signed-in member, or `None` for a visitor.
#[server(prefix = "/api", endpoint = "viewer")]
pub async fn get_viewer() -> Result<Option<ViewerSummary>, AppError> {
    let user = crate::server::auth::current_user().await?;
    Ok(user.map(|u| ViewerSummary {
        is_admin: u.user.role == "admin",
        email_confirmed: u.user.email_confirmed_at.is_some(),
        first_name: u.user.first_name,
        last_name: u.user.last_name,
        email: u.user.email,
    }))
}

/// Creates an account and e-mails a confirmation link. Answers the same whether or not the address
/// already has an account (its owner gets an e-mail saying so), so the form reveals nothing.
#[server(prefix = "/api", endpoint = "sign_up")]
pub async fn sign_up(
    email: String,
    first_name: String,
    last_name: String,
    password: String,
    accept_terms: Option<String>,
) -> Result<(), AppError> {
    use crate::server::services::accounts;
    accounts::sign_up(accounts::SignUp {
        email,
        first_name,
        last_name,
        password,
        accept_terms: accept_terms.is_some(),
    })
    .await?;
    crate::server::auth::redirect_plain_form("/inscription?envoye=1");
    Ok(())
}

/// Uses an e-mailed confirmation link (new account or new address).
#[server(prefix = "/api", endpoint = "confirm_email")]
pub async fn confirm_email(token: String) -> Result<(), AppError> {
    crate::server::services::accounts::confirm_email(&token).await?;
    crate::server::auth::redirect_plain_form("/confirmer-email?confirme=1");
    Ok(())
}

/// Sends a new confirmation link to the signed-in member.
#[server(prefix = "/api", endpoint = "resend_confirmation")]
pub async fn resend_confirmation() -> Result<(), AppError> {
    crate::server::services::accounts::resend_confirmation().await?;
    crate::server::auth::redirect_plain_form("/compte?confirmation=1");
    Ok(())
}

#[server(prefix = "/api", endpoint = "sign_in")]
pub async fn sign_in(
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    crate::server::services::accounts::sign_in(&email, password).await?;
    let next = next.as_deref().and_then(crate::domain::site::local_path).unwrap_or("/compte");
    crate::server::auth::redirect_plain_form(next);
    Ok(())
}

#[server(prefix = "/api", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    crate::server::services::accounts::sign_out().await?;
    crate::server::auth::redirect_plain_form("/");
    Ok(())
}

/// E-mails a single-use reset link valid one hour, if the address has an account. The answer is the
/// same either way.
#[server(prefix = "/api", endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    crate::server::services::accounts::request_password_reset(&email).await?;
    crate::server::auth::redirect_plain_form("/mot-de-passe-oublie?envoye=1");
    Ok(())
}

#[server(prefix = "/api", endpoint = "reset_password")]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    crate::server::services::accounts::reset_password(&token, password).await?;
    crate::server::auth::redirect_plain_form("/connexion?reinitialise=1");
    Ok(())
}

#[server(prefix = "/api", endpoint = "account")]
pub async fn get_account() -> Result<AccountView, AppError> {
    use crate::domain::permissions::Capability;
    let me = crate::server::auth::require(Capability::ManageOwnAccount).await?;
    Ok(AccountView {
        locale: me.user.locale.parse().unwrap_or_default(),
        email_confirmed: me.user.email_confirmed_at.is_some(),
        is_admin: me.user.role == "admin",
        first_name: me.user.first_name,
        last_name: me.user.last_name,
        email: me.user.email,
    })
}

#[server(prefix = "/api", endpoint = "update_profile")]
pub async fn update_profile(
    first_name: String,
    last_name: String,
    locale: Locale,
) -> Result<(), AppError> {
    crate::server::services::accounts::update_profile(first_name, last_name, locale).await?;
    crate::server::auth::redirect_plain_form("/compte?enregistre=1");
    Ok(())
}

/// Sends a confirmation link to the new address; the address changes once it is used.
#[server(prefix = "/api", endpoint = "change_email")]
pub async fn change_email(new_email: String, current_password: String) -> Result<(), AppError> {
    crate::server::services::accounts::change_email(&new_email, current_password).await?;
    crate::server::auth::redirect_plain_form("/compte?nouvelle_adresse=1");
    Ok(())
}

/// Changes the password and signs out every other session.
#[server(prefix = "/api", endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<(), AppError> {
    crate::server::services::accounts::change_password(current_password, new_password).await?;
    crate::server::auth::redirect_plain_form("/compte?mot_de_passe=1");
    Ok(())
}

#[server(prefix = "/api", endpoint = "sessions")]
pub async fn list_sessions() -> Result<Vec<SessionView>, AppError> {
    crate::server::services::accounts::list_sessions().await
}

/// Signs out one of the member's own sessions (`id`), or every other one when `id` is absent.
#[server(prefix = "/api", endpoint = "revoke_session")]
pub async fn revoke_session(id: Option<i32>) -> Result<(), AppError> {
    crate::server::services::accounts::revoke_session(id).await?;
    crate::server::auth::redirect_plain_form("/compte/sessions");
    Ok(())
}

/// Erases the account after checking the password.
#[server(prefix = "/api", endpoint = "delete_account")]
pub async fn delete_account(password: String, confirm: Option<String>) -> Result<(), AppError> {
    crate::server::services::accounts::delete_account(password, confirm.is_some()).await?;
    crate::server::auth::redirect_plain_form("/?compte_supprime=1");
    Ok(())
}

/// The e-mails the platform sent, newest first (administrators only).
#[server(prefix = "/api", endpoint = "outbox")]
pub async fn list_outbox() -> Result<Vec<OutboxEntry>, AppError> {
    crate::server::services::accounts::list_outbox().await
}
