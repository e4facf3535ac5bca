//! A company's people: roles, invitations by e-mail, requests to join, ownership. A company always
//! keeps at least one owner.

use chrono::{Duration, Utc};
use sea_orm::{ActiveValue::Set, ConnectionTrait, QueryOrder, entity::prelude::*};

use crate::{
    api::companies::{InvitationView, JoinRequest, PendingInvitation, TeamMember, TeamView},
    domain::{
        account::Email,
        company::MemberRole,
        permissions::{self, Capability, CompanyAction, Denial},
    },
    error::{AppError, FormErrors},
    server::{
        auth::{self, rate_limit, request_locale, tokens},
        db,
        entities::{company_invitations, company_members, company_requests, users},
        mail::templates::{self, CompanyNotice},
        services::{
            companies::{
                authorize, display_name, find_by_slug, french, locale_of, lock, status_of,
            },
            dates,
        },
    },
};

pub const INVITATION_DAYS: u32 = 7;

pub async fn team(slug: &str) -> Result<TeamView, AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let company = find_by_slug(&state.db, slug).await?;
    let (me, role) = authorize(&state.db, me.as_ref(), &company, CompanyAction::ViewTeam).await?;
    let locale = request_locale();
    let manage = permissions::check_company(
        Some(&me.viewer()),
        role,
        status_of(&company),
        CompanyAction::ManageTeam,
    );
    let mut members: Vec<TeamMember> = company_members::Entity::find()
        .filter(company_members::Column::CompanyId.eq(company.id))
        .find_also_related(users::Entity)
        .all(&state.db)
        .await?
        .into_iter()
        .filter_map(|(m, u)| {
            let u = u?;
            Some(TeamMember {
                is_me: u.id == me.user.id,
                user_id: u.id,
                name: format!("{} {}", u.first_name, u.last_name),
                email: u.email,
                job_title: u.job_title,
                role: MemberRole::parse(&m.role).unwrap_or(MemberRole::Member),
            })
        })
        .collect();
    members.sort_by(|a, b| a.role.cmp(&b.role).then_with(|| a.name.cmp(&b.name)));
    let (invitations, requests) = if manage.is_ok() {
        let invitations = company_invitations::Entity::find()
            .filter(company_invitations::Column::CompanyId.eq(company.id))
            .filter(company_invitations::Column::AcceptedAt.is_null())
            .filter(company_invitations::Column::ExpiresAt.gt(Utc::now()))
            .order_by_desc(company_invitations::Column::CreatedAt)
            .all(&state.db)
            .await?
            .into_iter()
            .map(|i| PendingInvitation {
                id: i.id,
                email: i.email,
                role: MemberRole::parse(&i.role).unwrap_or(MemberRole::Member),
                expires_at: dates::date(i.expires_at, locale),
            })
            .collect();
        let requests = company_requests::Entity::find()
            .filter(company_requests::Column::CompanyId.eq(company.id))
            .filter(company_requests::Column::Kind.eq("join"))
            .filter(company_requests::Column::Status.eq("pending"))
            .order_by_asc(company_requests::Column::CreatedAt)
            .find_also_related(users::Entity)
            .all(&state.db)
            .await?
            .into_iter()
            .filter_map(|(r, u)| {
                let u = u?;
                Some(JoinRequest {
                    id: r.id,
                    name: format!("{} {}", u.first_name, u.last_name),
                    email: u.email,
                    message: r.message,
                    created_at: dates::date(r.created_at, locale),
                })
            })
            .collect();
        (invitations, requests)
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(TeamView {
        slug: company.slug.clone(),
        name: display_name(&company),
        my_role: role.unwrap_or(MemberRole::Member),
        manage,
        members,
        invitations,
        requests,
    })
}

fn invite_role(raw: &str) -> Option<MemberRole> {
    MemberRole::parse(raw).filter(|r| *r != MemberRole::Owner)
}

/// E-mails a single-use invitation; a new one to the same address replaces the previous.
pub async fn invite(slug: &str, email: &str, role: &str) -> Result<(), AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let company = find_by_slug(&state.db, slug).await?;
    let (me, _) = authorize(&state.db, me.as_ref(), &company, CompanyAction::ManageTeam).await?;
    let locale = request_locale();
    let fr = french(locale);
    let mut form = FormErrors::default();
    form.keep("email", email);
    form.keep("role", role);
    let parsed = Email::parse(email).map_err(|e| form.add("email", e.message(fr))).ok();
    let role = invite_role(role);
    if role.is_none() {
        form.add(
            "role",
            if fr {
                "Choisissez « Éditeur » ou « Membre »."
            } else {
                "Choose “Editor” or “Member”."
            },
        );
    }
    let (Some(email), Some(role)) = (parsed, role) else {
        return Err(AppError::Invalid(form));
    };
    let already = company_members::Entity::find()
        .filter(company_members::Column::CompanyId.eq(company.id))
        .find_also_related(users::Entity)
        .filter(users::Column::Email.eq(email.as_str()))
        .count(&state.db)
        .await?;
    if already > 0 {
        form.add(
            "email",
            if fr {
                "Cette personne fait déjà partie de l'équipe."
            } else {
                "This person is already on the team."
            },
        );
        return Err(AppError::Invalid(form));
    }
    rate_limit::hit(
        &state.db,
        &[
            (format!("invite:company:{}", company.id), rate_limit::PER_ADDRESS),
            (format!("mail:to:{}", email.as_str()), rate_limit::STRICT),
        ],
    )
    .await?;
    let st = state.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            company_invitations::Entity::delete_many()
                .filter(company_invitations::Column::CompanyId.eq(company.id))
                .filter(company_invitations::Column::Email.eq(email.as_str()))
                .filter(company_invitations::Column::AcceptedAt.is_null())
                .exec(txn)
                .await?;
            let token = tokens::new_token();
            let now = Utc::now();
            company_invitations::ActiveModel {
                company_id: Set(company.id),
                email: Set(email.as_str().to_string()),
                role: Set(role.as_str().into()),
                token_hash: Set(tokens::hash_token(&token)),
                invited_by: Set(Some(me.user.id)),
                created_at: Set(now),
                expires_at: Set(now + Duration::days(i64::from(INVITATION_DAYS))),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            // The invitation reads in the inviter's language: the guest has no account to say theirs.
            let mail = templates::company_invitation(
                locale,
                &st.config.site_name,
                email.as_str(),
                &format!("{} {}", me.user.first_name, me.user.last_name),
                &display_name(&company),
                &role.label(fr).to_lowercase(),
                &format!("{}/invitation?jeton={token}", st.config.public_url),
                INVITATION_DAYS,
            );
            st.mailer.send(txn, &st.db, mail).await?;
            Ok::<_, AppError>(())
        })
    })
    .await
}

pub async fn revoke_invitation(slug: &str, id: i32) -> Result<(), AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let company = find_by_slug(&state.db, slug).await?;
    authorize(&state.db, me.as_ref(), &company, CompanyAction::ManageTeam).await?;
    company_invitations::Entity::delete_many()
        .filter(company_invitations::Column::Id.eq(id))
        .filter(company_invitations::Column::CompanyId.eq(company.id))
        .filter(company_invitations::Column::AcceptedAt.is_null())
        .exec(&state.db)
        .await?;
    Ok(())
}

async fn live_invitation(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<company_invitations::Model, AppError> {
    company_invitations::Entity::find()
        .filter(company_invitations::Column::TokenHash.eq(tokens::hash_token(token.trim())))
        .filter(company_invitations::Column::AcceptedAt.is_null())
        .filter(company_invitations::Column::ExpiresAt.gt(Utc::now()))
        .one(db)
        .await?
        .ok_or(AppError::InvalidLink)
}

pub async fn invitation(token: &str) -> Result<InvitationView, AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let invitation = live_invitation(&state.db, token).await?;
    let company = crate::server::entities::companies::Entity::find_by_id(invitation.company_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::InvalidLink)?;
    let for_me = me.as_ref().is_none_or(|me| me.user.email == invitation.email);
    let already_member = match &me {
        Some(me) => crate::server::services::companies::role_in(&state.db, company.id, me.user.id)
            .await?
            .is_some(),
        None => false,
    };
    Ok(InvitationView {
        company: display_name(&company),
        slug: company.slug,
        role: MemberRole::parse(&invitation.role).unwrap_or(MemberRole::Member),
        email: invitation.email,
        signed_in: me.is_some(),
        for_me,
        already_member,
    })
}

/// Uses an invitation link. The link proves the invited address: an account with that address that
/// was not confirmed yet is confirmed by it.
pub async fn accept(token: &str) -> Result<String, AppError> {
    let state = auth::state()?;
    let me = auth::require(Capability::ManageOwnAccount).await?;
    let invitation = live_invitation(&state.db, token).await?;
    // A forwarded link gives nothing: the invitation is for the address it was sent to, and using
    // it proves that address (an unconfirmed account with it is confirmed below).
    let proves_address = invitation.email == me.user.email;
    if !proves_address {
        return Err(AppError::Denied(Denial::InvitedElsewhere));
    }
    let user = me.user.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let used = company_invitations::Entity::update_many()
                .col_expr(company_invitations::Column::AcceptedAt, Expr::value(Utc::now()))
                .filter(company_invitations::Column::Id.eq(invitation.id))
                .filter(company_invitations::Column::AcceptedAt.is_null())
                .exec(txn)
                .await?;
            if used.rows_affected != 1 {
                return Err(AppError::InvalidLink);
            }
            let company =
                crate::server::entities::companies::Entity::find_by_id(invitation.company_id)
                    .one(txn)
                    .await?
                    .ok_or(AppError::InvalidLink)?;
            let existing = company_members::Entity::find()
                .filter(company_members::Column::CompanyId.eq(company.id))
                .filter(company_members::Column::UserId.eq(user.id))
                .one(txn)
                .await?;
            if existing.is_none() {
                company_members::ActiveModel {
                    company_id: Set(company.id),
                    user_id: Set(user.id),
                    role: Set(invitation.role.clone()),
                    created_at: Set(Utc::now()),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
            }
            if proves_address && user.email_confirmed_at.is_none() {
                users::Entity::update_many()
                    .col_expr(users::Column::EmailConfirmedAt, Expr::value(Utc::now()))
                    .filter(users::Column::Id.eq(user.id))
                    .exec(txn)
                    .await?;
            }
            Ok::<_, AppError>(company.slug)
        })
    })
    .await
}

/// The number of owners a company has.
async fn owners(db: &impl ConnectionTrait, company_id: i32) -> Result<u64, AppError> {
    Ok(company_members::Entity::find()
        .filter(company_members::Column::CompanyId.eq(company_id))
        .filter(company_members::Column::Role.eq(MemberRole::Owner.as_str()))
        .count(db)
        .await?)
}

async fn member_row(
    db: &impl ConnectionTrait,
    company_id: i32,
    user_id: i32,
) -> Result<company_members::Model, AppError> {
    company_members::Entity::find()
        .filter(company_members::Column::CompanyId.eq(company_id))
        .filter(company_members::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn change_role(slug: &str, user_id: i32, role: &str) -> Result<(), AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let company = find_by_slug(&state.db, slug).await?;
    authorize(&state.db, me.as_ref(), &company, CompanyAction::ManageTeam).await?;
    let role = MemberRole::parse(role).ok_or_else(|| AppError::BadRequest("role".into()))?;
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let company = lock(txn, company.id).await?;
            authorize(txn, me.as_ref(), &company, CompanyAction::ManageTeam).await?;
            let row = member_row(txn, company.id, user_id).await?;
            let was_owner = row.role == MemberRole::Owner.as_str();
            if was_owner && role != MemberRole::Owner && owners(txn, company.id).await? <= 1 {
                return Err(AppError::Denied(Denial::LastOwner));
            }
            let mut active: company_members::ActiveModel = row.into();
            active.role = Set(role.as_str().into());
            active.update(txn).await?;
            Ok::<_, AppError>(())
        })
    })
    .await
}

/// Removes a member (owners), or the caller themselves (anyone but the last owner). Returns whether
/// the caller left.
pub async fn remove(slug: &str, user_id: i32) -> Result<bool, AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let company = find_by_slug(&state.db, slug).await?;
    let leaving = me.as_ref().is_some_and(|m| m.user.id == user_id);
    let action = if leaving { CompanyAction::Leave } else { CompanyAction::ManageTeam };
    authorize(&state.db, me.as_ref(), &company, action).await?;
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let company = lock(txn, company.id).await?;
            authorize(txn, me.as_ref(), &company, action).await?;
            let row = member_row(txn, company.id, user_id).await?;
            if row.role == MemberRole::Owner.as_str() && owners(txn, company.id).await? <= 1 {
                return Err(AppError::Denied(Denial::LastOwner));
            }
            company_members::Entity::delete_by_id(row.id).exec(txn).await?;
            Ok::<_, AppError>(leaving)
        })
    })
    .await
}

/// Makes `user_id` an owner and the caller an editor.
pub async fn transfer(slug: &str, user_id: i32) -> Result<(), AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let company = find_by_slug(&state.db, slug).await?;
    let (me, _) = authorize(&state.db, me.as_ref(), &company, CompanyAction::ManageTeam).await?;
    if user_id == me.user.id {
        return Err(AppError::Denied(Denial::NothingToDo));
    }
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let company = lock(txn, company.id).await?;
            let me = Some(me);
            let (me, _) = authorize(txn, me.as_ref(), &company, CompanyAction::ManageTeam).await?;
            let target = member_row(txn, company.id, user_id).await?;
            let mut target: company_members::ActiveModel = target.into();
            target.role = Set(MemberRole::Owner.as_str().into());
            target.update(txn).await?;
            if let Ok(mine) = member_row(txn, company.id, me.user.id).await {
                let mut mine: company_members::ActiveModel = mine.into();
                mine.role = Set(MemberRole::Editor.as_str().into());
                mine.update(txn).await?;
            }
            Ok::<_, AppError>(())
        })
    })
    .await
}

pub async fn decide_join(slug: &str, id: i32, accept: bool) -> Result<(), AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let company = find_by_slug(&state.db, slug).await?;
    authorize(&state.db, me.as_ref(), &company, CompanyAction::ManageTeam).await?;
    let st = state.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let request = company_requests::Entity::find_by_id(id)
                .filter(company_requests::Column::CompanyId.eq(company.id))
                .filter(company_requests::Column::Kind.eq("join"))
                .filter(company_requests::Column::Status.eq("pending"))
                .one(txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let requester = users::Entity::find_by_id(request.user_id)
                .one(txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let mut active: company_requests::ActiveModel = request.clone().into();
            active.status = Set(if accept { "accepted" } else { "declined" }.into());
            active.decided_at = Set(Some(Utc::now()));
            active.update(txn).await?;
            let name = display_name(&company);
            let link = format!("{}/entreprises/{}", st.config.public_url, company.slug);
            let notice = if accept {
                let existing = company_members::Entity::find()
                    .filter(company_members::Column::CompanyId.eq(company.id))
                    .filter(company_members::Column::UserId.eq(requester.id))
                    .count(txn)
                    .await?;
                if existing == 0 {
                    company_members::ActiveModel {
                        company_id: Set(company.id),
                        user_id: Set(requester.id),
                        role: Set(MemberRole::Member.as_str().into()),
                        created_at: Set(Utc::now()),
                        ..Default::default()
                    }
                    .insert(txn)
                    .await?;
                }
                CompanyNotice::JoinAccepted { company: &name, link: &link }
            } else {
                CompanyNotice::JoinDeclined { company: &name }
            };
            let mail = templates::company_notice(
                locale_of(&requester),
                &st.config.site_name,
                &requester.email,
                &requester.first_name,
                notice,
            );
            st.mailer.send(txn, &st.db, mail).await?;
            Ok::<_, AppError>(())
        })
    })
    .await
}
