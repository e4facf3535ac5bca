//! Account use cases. Each one authenticates the caller where it must, validates, and writes in one
//! transaction.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DbErr, QueryOrder, QuerySelect, entity::prelude::*,
};

use crate::{
    I18nLocaleTrait as _, Locale,
    api::account::{OutboxEntry, SessionView},
    domain::{
        account::{Email, check_password, parse_person_name},
        permissions::{Capability, Denial},
    },
    error::{AppError, FormErrors},
    server::{
        AppState,
        auth::{
            self, password,
            rate_limit::{self, PER_ADDRESS, STRICT},
            request_info, request_locale, session, set_cookie,
            tokens::{hash_token, new_token},
        },
        db,
        entities::{account_tokens, outbox_emails, rate_limit_hits, sessions, users},
        mail::{Email as Mail, templates},
    },
};

const CONFIRM_HOURS: u32 = 48;
const RESET_MINUTES: u32 = 60;
const CHANGE_EMAIL_HOURS: u32 = 24;

pub struct SignUp {
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub password: String,
    pub accept_terms: bool,
}

fn french(locale: Locale) -> bool {
    matches!(locale, Locale::fr)
}

fn text(locale: Locale, fr: &str, en: &str) -> String {
    if french(locale) { fr.to_string() } else { en.to_string() }
}

/// Checks a new password against the rules and the list of common passwords.
fn check_new_password(form: &mut FormErrors, field: &str, password: &str, locale: Locale) {
    let checked = check_password(password).and_then(|()| {
        if password::is_common_password(password) {
            Err(crate::domain::account::PasswordError::Common)
        } else {
            Ok(())
        }
    });
    if let Err(err) = checked {
        form.add(field, err.message(french(locale)));
    }
}

async fn send(state: &AppState, db: &impl ConnectionTrait, mail: Mail) -> Result<(), AppError> {
    state.mailer.send(db, &state.db, mail).await.map_err(AppError::from)
}

async fn create_token(
    db: &impl ConnectionTrait,
    user_id: i32,
    purpose: &str,
    new_email: Option<String>,
    valid: Duration,
) -> Result<String, DbErr> {
    // A new link replaces any unused one of the same purpose.
    account_tokens::Entity::delete_many()
        .filter(account_tokens::Column::UserId.eq(user_id))
        .filter(account_tokens::Column::Purpose.eq(purpose))
        .filter(account_tokens::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    let token = new_token();
    let now = Utc::now();
    account_tokens::ActiveModel {
        token_hash: Set(hash_token(&token)),
        user_id: Set(user_id),
        purpose: Set(purpose.to_string()),
        new_email: Set(new_email),
        created_at: Set(now),
        expires_at: Set(now + valid),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// Takes a single-use token: valid, unused and unexpired, or `InvalidLink`.
async fn take_token(
    db: &impl ConnectionTrait,
    token: &str,
    purposes: &[&str],
) -> Result<account_tokens::Model, AppError> {
    let now = Utc::now();
    let found = account_tokens::Entity::find()
        .filter(account_tokens::Column::TokenHash.eq(hash_token(token.trim())))
        .filter(account_tokens::Column::Purpose.is_in(purposes.iter().copied()))
        .one(db)
        .await?
        .filter(|t| t.used_at.is_none() && t.expires_at > now)
        .ok_or(AppError::InvalidLink)?;
    let used = account_tokens::Entity::update_many()
        .col_expr(account_tokens::Column::UsedAt, Expr::value(now))
        .filter(account_tokens::Column::Id.eq(found.id))
        .filter(account_tokens::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    if used.rows_affected != 1 {
        return Err(AppError::InvalidLink);
    }
    Ok(found)
}

fn link(state: &AppState, path: &str, token: &str) -> String {
    format!("{}{path}?jeton={token}", state.config.public_url)
}

fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".into(),
    }
}

pub async fn sign_up(input: SignUp) -> Result<(), AppError> {
    let state = auth::state()?;
    let locale = request_locale();
    let mut form = FormErrors::default();
    form.keep("email", &input.email);
    form.keep("first_name", &input.first_name);
    form.keep("last_name", &input.last_name);
    let email =
        Email::parse(&input.email).map_err(|e| form.add("email", e.message(french(locale)))).ok();
    let first_name = parse_person_name(&input.first_name)
        .map_err(|e| form.add("first_name", e.message(french(locale))))
        .ok();
    let last_name = parse_person_name(&input.last_name)
        .map_err(|e| form.add("last_name", e.message(french(locale))))
        .ok();
    check_new_password(&mut form, "password", &input.password, locale);
    if !input.accept_terms {
        form.add(
            "accept_terms",
            text(
                locale,
                "Acceptez les conditions d'utilisation pour créer votre compte.",
                "Accept the terms of use to create your account.",
            ),
        );
    }
    form.into_result()?;
    let (Some(email), Some(first_name), Some(last_name)) = (email, first_name, last_name) else {
        return Err(AppError::Internal);
    };

    let ip = request_info().ip;
    rate_limit::hit(
        &state.db,
        &[(format!("sign_up:ip:{ip}"), STRICT), (format!("mail:to:{}", email.as_str()), STRICT)],
    )
    .await?;
    let hash = password::hash_password(input.password).await.map_err(|_| AppError::Internal)?;

    let site = state.config.site_name.clone();
    let st = state.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let existing = users::Entity::find()
                .filter(users::Column::Email.eq(email.as_str()))
                .one(txn)
                .await?;
            if let Some(existing) = existing {
                let locale = existing.locale.parse().unwrap_or(locale);
                let mail = templates::account_exists_notice(
                    locale,
                    &site,
                    &existing.email,
                    &format!("{}/connexion", st.config.public_url),
                    &format!("{}/mot-de-passe-oublie", st.config.public_url),
                );
                return send(&st, txn, mail).await;
            }
            let now = Utc::now();
            let user = users::ActiveModel {
                email: Set(email.as_str().to_string()),
                password_hash: Set(Some(hash)),
                first_name: Set(first_name.clone()),
                last_name: Set(last_name),
                job_title: Set(None),
                role: Set("member".into()),
                status: Set("active".into()),
                locale: Set(locale.as_str().to_string()),
                email_confirmed_at: Set(None),
                terms_accepted_at: Set(Some(now)),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            let token = create_token(
                txn,
                user.id,
                "confirm_email",
                None,
                Duration::hours(CONFIRM_HOURS.into()),
            )
            .await?;
            let mail = templates::confirm_email(
                locale,
                &site,
                &user.email,
                &first_name,
                &link(&st, "/confirmer-email", &token),
                CONFIRM_HOURS,
            );
            send(&st, txn, mail).await
        })
    })
    .await
}

pub async fn confirm_email(token: &str) -> Result<(), AppError> {
    let state = auth::state()?;
    let st = state.clone();
    let token = token.to_string();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let taken = take_token(txn, &token, &["confirm_email", "change_email"]).await?;
            let user = users::Entity::find_by_id(taken.user_id)
                .one(txn)
                .await?
                .ok_or(AppError::InvalidLink)?;
            let now = Utc::now();
            let old_email = user.email.clone();
            let mut active: users::ActiveModel = user.clone().into();
            active.email_confirmed_at = Set(Some(now));
            active.updated_at = Set(now);
            if taken.purpose == "change_email" {
                let new_email = taken.new_email.clone().ok_or(AppError::InvalidLink)?;
                let taken_by_other = users::Entity::find()
                    .filter(users::Column::Email.eq(new_email.as_str()))
                    .filter(users::Column::Id.ne(user.id))
                    .count(txn)
                    .await?;
                if taken_by_other > 0 {
                    return Err(AppError::InvalidLink);
                }
                active.email = Set(new_email.clone());
                // Links sent to the old address die with it.
                account_tokens::Entity::delete_many()
                    .filter(account_tokens::Column::UserId.eq(user.id))
                    .filter(account_tokens::Column::UsedAt.is_null())
                    .exec(txn)
                    .await?;
                let locale = user.locale.parse().unwrap_or_default();
                let notice = templates::email_changed_notice(
                    locale,
                    &st.config.site_name,
                    &old_email,
                    &user.first_name,
                    &mask_email(&new_email),
                );
                send(&st, txn, notice).await?;
            }
            active.update(txn).await?;
            Ok(())
        })
    })
    .await
}

pub async fn resend_confirmation() -> Result<(), AppError> {
    let me = auth::require(Capability::ManageOwnAccount).await?;
    let state = auth::state()?;
    if me.user.email_confirmed_at.is_some() {
        return Ok(());
    }
    rate_limit::hit(&state.db, &[(format!("mail:to:{}", me.user.email), STRICT)]).await?;
    let st = state.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let token = create_token(
                txn,
                me.user.id,
                "confirm_email",
                None,
                Duration::hours(CONFIRM_HOURS.into()),
            )
            .await?;
            let locale = me.user.locale.parse().unwrap_or_default();
            let mail = templates::confirm_email(
                locale,
                &st.config.site_name,
                &me.user.email,
                &me.user.first_name,
                &link(&st, "/confirmer-email", &token),
                CONFIRM_HOURS,
            );
            send(&st, txn, mail).await
        })
    })
    .await
}

pub async fn sign_in(email: &str, password: String) -> Result<(), AppError> {
    let state = auth::state()?;
    let locale = request_locale();
    let info = request_info();
    let normalized = Email::parse(email).map(|e| e.as_str().to_string()).unwrap_or_default();
    let slots = rate_limit::hit(
        &state.db,
        &[
            (format!("sign_in:account:{normalized}"), STRICT),
            (format!("sign_in:ip:{}", info.ip), PER_ADDRESS),
        ],
    )
    .await?;
    let user = if normalized.is_empty() {
        None
    } else {
        users::Entity::find()
            .filter(users::Column::Email.eq(normalized.as_str()))
            .one(&state.db)
            .await?
    };
    let hash = user.as_ref().and_then(|u| u.password_hash.clone());
    if !password::verify_password(password, hash).await {
        // The slots stay taken: failures are what the limit counts.
        let mut form = FormErrors::default();
        form.keep("email", email);
        form.form = Some(text(
            locale,
            "Adresse e-mail ou mot de passe incorrect.",
            "Incorrect e-mail address or password.",
        ));
        return Err(AppError::Invalid(form));
    }
    rate_limit::release(&state.db, slots).await?;
    let Some(user) = user else { return Err(AppError::Internal) };
    if user.status != "active" {
        return Err(AppError::Denied(Denial::Suspended));
    }
    // A new session at every sign-in; the one this browser had, if any, ends.
    if let Some(previous) = auth::current_user().await? {
        session::close(&state.db, previous.session_id).await?;
    }
    let token =
        session::open(&state.db, &state.config, user.id, info.user_agent, Some(info.ip)).await?;
    set_cookie(&session::session_cookie(&state.config, &token))?;
    // The interface follows the language the member chose in their settings.
    set_locale_cookie(user.locale.parse().unwrap_or(locale))
}

fn set_locale_cookie(locale: Locale) -> Result<(), AppError> {
    set_cookie(&auth::locale_cookie(locale))
}

pub async fn sign_out() -> Result<(), AppError> {
    let state = auth::state()?;
    if let Some(me) = auth::current_user().await? {
        session::close(&state.db, me.session_id).await?;
    }
    set_cookie(&session::clear_cookie(&state.config))
}

pub async fn request_password_reset(email: &str) -> Result<(), AppError> {
    let state = auth::state()?;
    let locale = request_locale();
    let parsed = Email::parse(email).map_err(|e| {
        let mut form = FormErrors::default();
        form.keep("email", email);
        form.add("email", e.message(french(locale)));
        AppError::Invalid(form)
    })?;
    let ip = request_info().ip;
    rate_limit::hit(
        &state.db,
        &[(format!("reset:ip:{ip}"), STRICT), (format!("mail:to:{}", parsed.as_str()), STRICT)],
    )
    .await?;
    let st = state.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let user = users::Entity::find()
                .filter(users::Column::Email.eq(parsed.as_str()))
                .filter(users::Column::Status.eq("active"))
                .one(txn)
                .await?;
            let Some(user) = user else { return Ok(()) };
            let token = create_token(
                txn,
                user.id,
                "reset_password",
                None,
                Duration::minutes(RESET_MINUTES.into()),
            )
            .await?;
            let mail = templates::reset_password(
                user.locale.parse().unwrap_or_default(),
                &st.config.site_name,
                &user.email,
                &user.first_name,
                &link(&st, "/reinitialiser-mot-de-passe", &token),
                RESET_MINUTES,
            );
            send(&st, txn, mail).await
        })
    })
    .await
}

pub async fn reset_password(token: &str, new_password: String) -> Result<(), AppError> {
    let state = auth::state()?;
    let locale = request_locale();
    let mut form = FormErrors::default();
    check_new_password(&mut form, "password", &new_password, locale);
    form.into_result()?;
    rate_limit::hit(&state.db, &[(format!("reset_submit:ip:{}", request_info().ip), PER_ADDRESS)])
        .await?;
    // Only a live link is worth an Argon2 computation.
    let now = Utc::now();
    account_tokens::Entity::find()
        .filter(account_tokens::Column::TokenHash.eq(hash_token(token.trim())))
        .filter(account_tokens::Column::Purpose.eq("reset_password"))
        .filter(account_tokens::Column::UsedAt.is_null())
        .filter(account_tokens::Column::ExpiresAt.gt(now))
        .one(&state.db)
        .await?
        .ok_or(AppError::InvalidLink)?;
    let hash = password::hash_password(new_password).await.map_err(|_| AppError::Internal)?;
    let token = token.to_string();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let taken = take_token(txn, &token, &["reset_password"]).await?;
            let user = users::Entity::find_by_id(taken.user_id)
                .one(txn)
                .await?
                .ok_or(AppError::InvalidLink)?;
            let now = Utc::now();
            let confirmed = user.email_confirmed_at.unwrap_or(now);
            let mut active: users::ActiveModel = user.into();
            active.password_hash = Set(Some(hash));
            // Receiving the link proves the address.
            active.email_confirmed_at = Set(Some(confirmed));
            active.updated_at = Set(now);
            active.update(txn).await?;
            session::close_all(txn, taken.user_id, None).await?;
            Ok(())
        })
    })
    .await
}

pub async fn update_profile(
    first: String,
    last: String,
    new_locale: Locale,
) -> Result<(), AppError> {
    let me = auth::require(Capability::ManageOwnAccount).await?;
    let state = auth::state()?;
    let locale = request_locale();
    let mut form = FormErrors::default();
    form.keep("first_name", &first);
    form.keep("last_name", &last);
    let first = parse_person_name(&first)
        .map_err(|e| form.add("first_name", e.message(french(locale))))
        .ok();
    let last =
        parse_person_name(&last).map_err(|e| form.add("last_name", e.message(french(locale)))).ok();
    form.into_result()?;
    let (Some(first), Some(last)) = (first, last) else { return Err(AppError::Internal) };
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let mut active: users::ActiveModel = me.user.into();
            active.first_name = Set(first);
            active.last_name = Set(last);
            active.locale = Set(new_locale.as_str().to_string());
            active.updated_at = Set(Utc::now());
            active.update(txn).await?;
            Ok::<_, AppError>(())
        })
    })
    .await?;
    set_locale_cookie(new_locale)
}

/// Verifies the member's current password, counting failures like sign-in attempts.
async fn confirm_current_password(
    state: &AppState,
    user: &users::Model,
    password: String,
    field: &str,
) -> Result<(), AppError> {
    let slots =
        rate_limit::hit(&state.db, &[(format!("sign_in:account:{}", user.email), STRICT)]).await?;
    if password::verify_password(password, user.password_hash.clone()).await {
        rate_limit::release(&state.db, slots).await?;
        return Ok(());
    }
    let mut form = FormErrors::default();
    form.add(
        field,
        text(request_locale(), "Mot de passe actuel incorrect.", "Incorrect current password."),
    );
    Err(AppError::Invalid(form))
}

pub async fn change_email(new_email: &str, current_password: String) -> Result<(), AppError> {
    let me = auth::require(Capability::ManageOwnAccount).await?;
    let state = auth::state()?;
    let locale = request_locale();
    let mut form = FormErrors::default();
    form.keep("new_email", new_email);
    let parsed = match Email::parse(new_email) {
        Ok(parsed) => parsed,
        Err(e) => {
            form.add("new_email", e.message(french(locale)));
            return Err(AppError::Invalid(form));
        }
    };
    confirm_current_password(&state, &me.user, current_password, "current_password")
        .await
        .map_err(|e| match e {
            AppError::Invalid(mut f) => {
                f.keep("new_email", new_email);
                AppError::Invalid(f)
            }
            other => other,
        })?;
    if parsed.as_str() == me.user.email {
        return Ok(());
    }
    rate_limit::hit(&state.db, &[(format!("mail:to:{}", parsed.as_str()), STRICT)]).await?;
    let st = state.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let token = create_token(
                txn,
                me.user.id,
                "change_email",
                Some(parsed.as_str().to_string()),
                Duration::hours(CHANGE_EMAIL_HOURS.into()),
            )
            .await?;
            let mail = templates::change_email(
                me.user.locale.parse().unwrap_or_default(),
                &st.config.site_name,
                parsed.as_str(),
                &me.user.first_name,
                &link(&st, "/confirmer-email", &token),
                CHANGE_EMAIL_HOURS,
            );
            send(&st, txn, mail).await
        })
    })
    .await
}

pub async fn change_password(current: String, new_password: String) -> Result<(), AppError> {
    let me = auth::require(Capability::ManageOwnAccount).await?;
    let state = auth::state()?;
    let locale = request_locale();
    let mut form = FormErrors::default();
    check_new_password(&mut form, "new_password", &new_password, locale);
    form.into_result()?;
    confirm_current_password(&state, &me.user, current, "current_password").await?;
    let hash = password::hash_password(new_password).await.map_err(|_| AppError::Internal)?;
    let st = state.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let user = me.user.clone();
            let mut active: users::ActiveModel = me.user.into();
            active.password_hash = Set(Some(hash));
            active.updated_at = Set(Utc::now());
            active.update(txn).await?;
            session::close_all(txn, user.id, Some(me.session_id)).await?;
            let mail = templates::password_changed_notice(
                user.locale.parse().unwrap_or_default(),
                &st.config.site_name,
                &user.email,
                &user.first_name,
            );
            send(&st, txn, mail).await
        })
    })
    .await
}

fn format_time(t: DateTimeUtc) -> String {
    t.format("%d/%m/%Y %H:%M UTC").to_string()
}

fn describe_device(user_agent: Option<&str>) -> String {
    let ua = user_agent.unwrap_or("");
    let browser = ["Firefox", "Edg", "Chrome", "Safari"]
        .into_iter()
        .find(|b| ua.contains(b))
        .map(|b| if b == "Edg" { "Edge" } else { b })
        .unwrap_or("Navigateur / Browser");
    let system = [
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Windows", "Windows"),
        ("Mac OS", "macOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, name)| name);
    match system {
        Some(system) => format!("{browser} · {system}"),
        None => browser.to_string(),
    }
}

pub async fn list_sessions() -> Result<Vec<SessionView>, AppError> {
    let me = auth::require(Capability::ManageOwnAccount).await?;
    let state = auth::state()?;
    let rows = sessions::Entity::find()
        .filter(sessions::Column::UserId.eq(me.user.id))
        .order_by_desc(sessions::Column::LastSeenAt)
        .all(&state.db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|s| SessionView {
            id: s.id,
            device: describe_device(s.user_agent.as_deref()),
            ip_address: s.ip_address,
            created_at: format_time(s.created_at),
            last_seen_at: format_time(s.last_seen_at),
            current: s.id == me.session_id,
        })
        .collect())
}

pub async fn revoke_session(id: Option<i32>) -> Result<(), AppError> {
    let me = auth::require(Capability::ManageOwnAccount).await?;
    let state = auth::state()?;
    match id {
        None => {
            session::close_all(&state.db, me.user.id, Some(me.session_id)).await?;
        }
        Some(id) => {
            // Only the member's own sessions: another member's id is simply not found.
            let deleted = sessions::Entity::delete_many()
                .filter(sessions::Column::Id.eq(id))
                .filter(sessions::Column::UserId.eq(me.user.id))
                .exec(&state.db)
                .await?;
            if deleted.rows_affected == 0 {
                return Err(AppError::NotFound);
            }
            if id == me.session_id {
                set_cookie(&session::clear_cookie(&state.config))?;
            }
        }
    }
    Ok(())
}

pub async fn delete_account(password: String, confirmed: bool) -> Result<(), AppError> {
    let me = auth::require(Capability::ManageOwnAccount).await?;
    let state = auth::state()?;
    let locale = request_locale();
    if !confirmed {
        let mut form = FormErrors::default();
        form.add(
            "confirm",
            text(
                locale,
                "Cochez la case pour confirmer la suppression définitive.",
                "Tick the box to confirm the permanent deletion.",
            ),
        );
        return Err(AppError::Invalid(form));
    }
    confirm_current_password(&state, &me.user, password, "password").await?;
    let user_id = me.user.id;
    let email = me.user.email.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            // Sessions, tokens and memberships go with the row (ON DELETE CASCADE); e-mails kept
            // for the outbox and attempt counters name the address, so they go too.
            users::Entity::delete_by_id(user_id).exec(txn).await?;
            outbox_emails::Entity::delete_many()
                .filter(outbox_emails::Column::ToAddress.eq(email.as_str()))
                .exec(txn)
                .await?;
            rate_limit_hits::Entity::delete_many()
                .filter(rate_limit_hits::Column::Bucket.ends_with(format!(":{email}")))
                .exec(txn)
                .await?;
            Ok::<_, AppError>(())
        })
    })
    .await?;
    set_cookie(&session::clear_cookie(&state.config))
}

pub async fn list_outbox() -> Result<Vec<OutboxEntry>, AppError> {
    auth::require(Capability::ReadOutbox).await?;
    let state = auth::state()?;
    let rows = outbox_emails::Entity::find()
        .order_by_desc(outbox_emails::Column::Id)
        .limit(100)
        .all(&state.db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|m| OutboxEntry {
            id: m.id,
            to_address: m.to_address,
            subject: m.subject,
            body_text: m.body_text,
            kind: m.kind,
            created_at: format_time(m.created_at),
            sent: m.sent_at.is_some(),
        })
        .collect())
}

/// Everything stored about a member, as JSON, for "download my data".
pub async fn export(state: &AppState, user: &users::Model) -> Result<serde_json::Value, DbErr> {
    use crate::server::entities::{companies, company_members};
    let memberships = company_members::Entity::find()
        .filter(company_members::Column::UserId.eq(user.id))
        .find_also_related(companies::Entity)
        .all(&state.db)
        .await?;
    let user_sessions = sessions::Entity::find()
        .filter(sessions::Column::UserId.eq(user.id))
        .all(&state.db)
        .await?;
    let emails = outbox_emails::Entity::find()
        .filter(outbox_emails::Column::ToAddress.eq(user.email.as_str()))
        .select_only()
        .column(outbox_emails::Column::Subject)
        .column(outbox_emails::Column::CreatedAt)
        .into_tuple::<(String, DateTimeUtc)>()
        .all(&state.db)
        .await?;
    Ok(serde_json::json!({
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "job_title": user.job_title,
            "role": user.role,
            "status": user.status,
            "language": user.locale,
            "email_confirmed_at": user.email_confirmed_at,
            "terms_accepted_at": user.terms_accepted_at,
            "created_at": user.created_at,
            "updated_at": user.updated_at,
        },
        "companies": memberships.into_iter().map(|(m, c)| serde_json::json!({
            "company": c.map(|c| c.legal_name),
            "role": m.role,
            "since": m.created_at,
        })).collect::<Vec<_>>(),
        "sessions": user_sessions.into_iter().map(|s| serde_json::json!({
            "device": s.user_agent,
            "ip_address": s.ip_address,
            "created_at": s.created_at,
            "last_seen_at": s.last_seen_at,
        })).collect::<Vec<_>>(),
        "emails_received": emails.into_iter().map(|(subject, at)| serde_json::json!({
            "subject": subject,
            "sent_at": at,
        })).collect::<Vec<_>>(),
    }))
}
