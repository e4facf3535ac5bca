//! The town hall's decisions on companies: approvals, rejections, claims, unclaimed pages and the
//! business parks the town manages.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, Condition, QueryOrder, QuerySelect, entity::prelude::*, sea_query::LikeExpr,
};

use crate::{
    api::{
        admin::{
            AdminCompanyList, AdminCompanyRow, AdminCounts, ParkRow, PendingClaim, PendingCompany,
            ReviewQueue, SimilarCompany,
        },
        companies::{CompanyFormValues, ParkOption},
    },
    domain::{
        company::{self, CompanyStatus, MemberRole, REASON_MAX_CHARS, Siret, fold_for_search},
        naf::NafCode,
        permissions::{Capability, Denial},
    },
    error::{AppError, FormErrors},
    server::{
        AppState,
        auth::{self, CurrentUser, request_locale},
        db,
        entities::{business_parks, companies, company_members, company_requests, users},
        mail::templates::{self, CompanyNotice},
        services::{
            companies::{
                apply, display_name, free_slug, french, locale_of, lock, reindex, search_text,
                status_of, typed_values, validate,
            },
            dates,
        },
    },
};

async fn admin() -> Result<CurrentUser, AppError> {
    auth::require(Capability::AdministerCompanies).await
}

pub async fn counts() -> Result<AdminCounts, AppError> {
    let state = auth::state()?;
    admin().await?;
    Ok(AdminCounts {
        pending_companies: companies::Entity::find()
            .filter(companies::Column::Status.eq(CompanyStatus::Pending.as_str()))
            .count(&state.db)
            .await?,
        pending_claims: company_requests::Entity::find()
            .filter(company_requests::Column::Kind.eq("claim"))
            .filter(company_requests::Column::Status.eq("pending"))
            .count(&state.db)
            .await?,
    })
}

/// Pending companies and claims, oldest first, each with what the town should check.
pub async fn review_queue() -> Result<ReviewQueue, AppError> {
    let state = auth::state()?;
    admin().await?;
    let locale = request_locale();
    let fr = french(locale);
    let pending = companies::Entity::find()
        .filter(companies::Column::Status.eq(CompanyStatus::Pending.as_str()))
        .order_by_asc(companies::Column::SubmittedAt)
        .order_by_asc(companies::Column::Id)
        .limit(100)
        .all(&state.db)
        .await?;
    let ids: Vec<i32> = pending.iter().map(|c| c.id).collect();
    let owners: HashMap<i32, (String, String)> = company_members::Entity::find()
        .filter(company_members::Column::CompanyId.is_in(ids.clone()))
        .filter(company_members::Column::Role.eq(MemberRole::Owner.as_str()))
        .find_also_related(users::Entity)
        .all(&state.db)
        .await?
        .into_iter()
        .filter_map(|(m, u)| {
            let u = u?;
            Some((m.company_id, (format!("{} {}", u.first_name, u.last_name), u.email)))
        })
        .collect();
    // Other pages with the same SIREN, or the same name, found in one query.
    let sirens: Vec<String> = pending.iter().filter_map(|c| c.siren.clone()).collect();
    let names: Vec<String> = pending.iter().map(|c| fold_for_search(&display_name(c))).collect();
    let mut similar_condition = Condition::any().add(companies::Column::Siren.is_in(sirens));
    for name in &names {
        similar_condition = similar_condition.add(
            companies::Column::SearchText.like(
                LikeExpr::new(format!(
                    "{}%",
                    name.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
                ))
                .escape('\\'),
            ),
        );
    }
    let others = if pending.is_empty() {
        Vec::new()
    } else {
        companies::Entity::find()
            .filter(similar_condition)
            .filter(companies::Column::Id.is_not_in(ids))
            .limit(500)
            .all(&state.db)
            .await?
    };
    let companies = pending
        .into_iter()
        .map(|c| {
            let folded = fold_for_search(&display_name(&c));
            let similar = others
                .iter()
                .filter_map(|o| {
                    let reason = if o.siren.is_some() && o.siren == c.siren {
                        "siren"
                    } else if fold_for_search(&display_name(o)) == folded {
                        "name"
                    } else {
                        return None;
                    };
                    Some(SimilarCompany {
                        slug: o.slug.clone(),
                        name: display_name(o),
                        reason: reason.into(),
                    })
                })
                .collect();
            PendingCompany {
                id: c.id,
                name: display_name(&c),
                siret_problem: match c.siret.as_deref().map(Siret::parse) {
                    Some(Ok(_)) => None,
                    Some(Err(e)) => Some(e.message(fr).to_string()),
                    None => Some(company::SiretError::Empty.message(fr).to_string()),
                },
                siret: c.siret.as_deref().and_then(|s| Siret::parse(s).ok()).map(|s| s.grouped()),
                naf: c.naf_code.as_deref().and_then(|n| NafCode::parse(n).ok()).map(|n| {
                    let label = crate::domain::naf::division(n.division())
                        .map(|d| d.label_fr)
                        .unwrap_or_default();
                    format!("{} — {label}", n.as_str())
                }),
                address: c.address.clone(),
                submitted_at: dates::date_time(c.submitted_at.unwrap_or(c.created_at), locale),
                owner: owners.get(&c.id).cloned(),
                similar,
                legal_name: c.legal_name.clone(),
                slug: c.slug,
            }
        })
        .collect();
    let claims = company_requests::Entity::find()
        .filter(company_requests::Column::Kind.eq("claim"))
        .filter(company_requests::Column::Status.eq("pending"))
        .order_by_asc(company_requests::Column::CreatedAt)
        .find_also_related(users::Entity)
        .limit(100)
        .all(&state.db)
        .await?;
    let claim_companies: HashMap<i32, companies::Model> = companies::Entity::find()
        .filter(companies::Column::Id.is_in(claims.iter().map(|(r, _)| r.company_id)))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let claims = claims
        .into_iter()
        .filter_map(|(r, u)| {
            let u = u?;
            let c = claim_companies.get(&r.company_id)?;
            Some(PendingClaim {
                id: r.id,
                slug: c.slug.clone(),
                company: display_name(c),
                siret: c.siret.as_deref().and_then(|s| Siret::parse(s).ok()).map(|s| s.grouped()),
                requester: format!("{} {}", u.first_name, u.last_name),
                email: u.email,
                message: r.message,
                created_at: dates::date_time(r.created_at, locale),
            })
        })
        .collect();
    Ok(ReviewQueue { companies, claims })
}

/// The company `id`, locked for the transaction, if it still waits for a decision: two agents
/// deciding at once cannot both succeed (nor both send their e-mail).
async fn pending_company(
    txn: &impl sea_orm::ConnectionTrait,
    id: i32,
) -> Result<companies::Model, AppError> {
    Some(lock(txn, id).await?)
        .filter(|c| status_of(c) == CompanyStatus::Pending)
        .ok_or(AppError::Denied(Denial::NothingToDo))
}

/// Tells every owner of `company` what the town hall decided.
async fn tell_owners(
    state: &AppState,
    txn: &impl sea_orm::ConnectionTrait,
    company: &companies::Model,
    notice: CompanyNotice<'_>,
) -> Result<(), AppError> {
    let owners = company_members::Entity::find()
        .filter(company_members::Column::CompanyId.eq(company.id))
        .filter(company_members::Column::Role.eq(MemberRole::Owner.as_str()))
        .find_also_related(users::Entity)
        .all(txn)
        .await?;
    for (_, owner) in owners {
        let Some(owner) = owner else { continue };
        let mail = templates::company_notice(
            locale_of(&owner),
            &state.config.site_name,
            &owner.email,
            &owner.first_name,
            notice,
        );
        state.mailer.send(txn, &state.db, mail).await?;
    }
    Ok(())
}

pub async fn approve(id: i32) -> Result<(), AppError> {
    let state = auth::state()?;
    admin().await?;
    let st = state.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let company = pending_company(txn, id).await?;
            let now = Utc::now();
            let link = format!("{}/entreprises/{}", st.config.public_url, company.slug);
            let mut active: companies::ActiveModel = company.clone().into();
            active.status = Set(CompanyStatus::Approved.as_str().into());
            active.approved_at = Set(Some(company.approved_at.unwrap_or(now)));
            active.reviewed_at = Set(Some(now));
            active.rejection_reason = Set(None);
            active.update(txn).await?;
            let name = display_name(&company);
            tell_owners(
                &st,
                txn,
                &company,
                CompanyNotice::Approved { company: &name, link: &link },
            )
            .await?;
            Ok::<_, AppError>(())
        })
    })
    .await
}

/// The reason given for a refusal; `id` names the form it came from, to show a refusal there.
fn reason_or_refuse(id: i32, reason: &str, fr: bool) -> Result<String, AppError> {
    let mut form = FormErrors::default();
    form.keep("id", &id.to_string());
    form.keep("reason", reason);
    match company::required_text(reason, REASON_MAX_CHARS) {
        Ok(reason) => Ok(reason),
        Err(company::FieldError::Required) => {
            form.add(
                "reason",
                if fr {
                    "Indiquez la raison : elle est envoyée à l'entreprise pour qu'elle puisse corriger sa page."
                } else {
                    "Give the reason: it is sent to the company so that it can correct its page."
                },
            );
            Err(AppError::Invalid(form))
        }
        Err(e) => {
            form.add("reason", e.message(fr));
            Err(AppError::Invalid(form))
        }
    }
}

pub async fn reject(id: i32, reason: &str) -> Result<(), AppError> {
    let state = auth::state()?;
    admin().await?;
    let reason = reason_or_refuse(id, reason, french(request_locale()))?;
    let st = state.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let company = pending_company(txn, id).await?;
            let link = format!("{}/entreprises/{}/modifier", st.config.public_url, company.slug);
            let mut active: companies::ActiveModel = company.clone().into();
            active.status = Set(CompanyStatus::Rejected.as_str().into());
            active.reviewed_at = Set(Some(Utc::now()));
            active.rejection_reason = Set(Some(reason.clone()));
            active.update(txn).await?;
            let name = display_name(&company);
            let notice = CompanyNotice::Rejected { company: &name, reason: &reason, link: &link };
            tell_owners(&st, txn, &company, notice).await?;
            Ok::<_, AppError>(())
        })
    })
    .await
}

/// Hands an unclaimed page to the member who claimed it, or declines with a reason. Other claims on
/// the same page are declined with it when one is accepted.
pub async fn decide_claim(id: i32, accept: bool, reason: &str) -> Result<(), AppError> {
    let state = auth::state()?;
    admin().await?;
    let fr = french(request_locale());
    let reason = if accept { None } else { Some(reason_or_refuse(id, reason, fr)?) };
    let st = state.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let claim = company_requests::Entity::find_by_id(id)
                .filter(company_requests::Column::Kind.eq("claim"))
                .filter(company_requests::Column::Status.eq("pending"))
                .one(txn)
                .await?
                .ok_or(AppError::Denied(Denial::NothingToDo))?;
            let company = companies::Entity::find_by_id(claim.company_id)
                .one(txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let claimant = users::Entity::find_by_id(claim.user_id)
                .one(txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let now = Utc::now();
            if accept && status_of(&company) != CompanyStatus::Unclaimed {
                return Err(AppError::Denied(Denial::NothingToDo));
            }
            let name = display_name(&company);
            let link = format!("{}/entreprises/{}", st.config.public_url, company.slug);
            let mut active: company_requests::ActiveModel = claim.clone().into();
            active.status = Set(if accept { "accepted" } else { "declined" }.into());
            active.decision_reason = Set(reason.clone());
            active.decided_at = Set(Some(now));
            active.update(txn).await?;
            let notice = if accept {
                let mut page: companies::ActiveModel = company.clone().into();
                page.status = Set(CompanyStatus::Approved.as_str().into());
                page.approved_at = Set(Some(now));
                page.reviewed_at = Set(Some(now));
                page.update(txn).await?;
                company_members::ActiveModel {
                    company_id: Set(company.id),
                    user_id: Set(claimant.id),
                    role: Set(MemberRole::Owner.as_str().into()),
                    created_at: Set(now),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
                company_requests::Entity::update_many()
                    .col_expr(company_requests::Column::Status, Expr::value("declined"))
                    .col_expr(
                        company_requests::Column::DecisionReason,
                        Expr::value(if fr {
                            "La page a été confiée à une autre personne de l'entreprise."
                        } else {
                            "The page was handed to another person of the company."
                        }),
                    )
                    .col_expr(company_requests::Column::DecidedAt, Expr::value(now))
                    .filter(company_requests::Column::CompanyId.eq(company.id))
                    .filter(company_requests::Column::Kind.eq("claim"))
                    .filter(company_requests::Column::Status.eq("pending"))
                    .exec(txn)
                    .await?;
                CompanyNotice::ClaimAccepted { company: &name, link: &link }
            } else {
                CompanyNotice::ClaimDeclined {
                    company: &name,
                    reason: reason.as_deref().unwrap_or_default(),
                }
            };
            let mail = templates::company_notice(
                locale_of(&claimant),
                &st.config.site_name,
                &claimant.email,
                &claimant.first_name,
                notice,
            );
            st.mailer.send(txn, &st.db, mail).await?;
            Ok::<_, AppError>(())
        })
    })
    .await
}

pub const ADMIN_PAGE_SIZE: u64 = 50;

pub async fn list(status: &str, q: &str, page: &str) -> Result<AdminCompanyList, AppError> {
    let state = auth::state()?;
    admin().await?;
    let locale = request_locale();
    let mut condition = Condition::all();
    if let Some(status) = CompanyStatus::parse(status.trim()) {
        condition = condition.add(companies::Column::Status.eq(status.as_str()));
    }
    for term in company::search_terms(q) {
        let digits = term.chars().all(|c| c.is_ascii_digit());
        let pattern = LikeExpr::new(format!("%{term}%")).escape('\\');
        condition = condition.add(if digits {
            Condition::any()
                .add(companies::Column::Siret.like(pattern.clone()))
                .add(companies::Column::SearchText.like(pattern))
        } else {
            Condition::all().add(companies::Column::SearchText.like(pattern))
        });
    }
    let paginator = companies::Entity::find()
        .filter(condition)
        .order_by_asc(companies::Column::SearchText)
        .paginate(&state.db, ADMIN_PAGE_SIZE);
    let total = paginator.num_items().await?;
    let pages = total.div_ceil(ADMIN_PAGE_SIZE).max(1);
    let page = page.trim().parse::<u64>().unwrap_or(1).clamp(1, pages);
    let rows = paginator.fetch_page(page - 1).await?;
    let member_counts: HashMap<i32, i64> = company_members::Entity::find()
        .select_only()
        .column(company_members::Column::CompanyId)
        .column_as(company_members::Column::Id.count(), "n")
        .filter(company_members::Column::CompanyId.is_in(rows.iter().map(|c| c.id)))
        .group_by(company_members::Column::CompanyId)
        .into_tuple::<(i32, i64)>()
        .all(&state.db)
        .await?
        .into_iter()
        .collect();
    let counts: HashMap<String, i64> = companies::Entity::find()
        .select_only()
        .column(companies::Column::Status)
        .column_as(companies::Column::Id.count(), "n")
        .group_by(companies::Column::Status)
        .into_tuple::<(String, i64)>()
        .all(&state.db)
        .await?
        .into_iter()
        .collect();
    Ok(AdminCompanyList {
        rows: rows
            .into_iter()
            .map(|c| AdminCompanyRow {
                id: c.id,
                name: display_name(&c),
                siret: c.siret.as_deref().and_then(|s| Siret::parse(s).ok()).map(|s| s.grouped()),
                status: status_of(&c),
                members: member_counts.get(&c.id).copied().unwrap_or(0) as u64,
                created_at: dates::date(c.created_at, locale),
                slug: c.slug,
            })
            .collect(),
        total,
        page,
        pages,
        counts: CompanyStatus::ALL
            .iter()
            .map(|s| (*s, counts.get(s.as_str()).copied().unwrap_or(0) as u64))
            .collect(),
    })
}

pub async fn create_unclaimed(values: CompanyFormValues) -> Result<String, AppError> {
    let state = auth::state()?;
    admin().await?;
    let locale = request_locale();
    let valid = validate(&state.db, &values, locale).await?;
    let duplicate = companies::Entity::find()
        .filter(companies::Column::Siret.eq(valid.siret.as_str()))
        .one(&state.db)
        .await?;
    if let Some(existing) = duplicate {
        let mut form = typed_values(&values);
        form.add(
            "siret",
            if french(locale) {
                format!("Ce SIRET est déjà celui de « {} ».", display_name(&existing))
            } else {
                format!("This SIRET already belongs to “{}”.", display_name(&existing))
            },
        );
        form.keep("existing_company", &existing.slug);
        return Err(AppError::Invalid(form));
    }
    let name = valid.trade_name.clone().unwrap_or_else(|| valid.legal_name.clone());
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let now = Utc::now();
            let slug = free_slug(txn, &name).await?;
            let mut active = companies::ActiveModel {
                slug: Set(slug.clone()),
                status: Set(CompanyStatus::Unclaimed.as_str().into()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            };
            apply(&mut active, &valid);
            reindex(&mut active, &valid);
            active.insert(txn).await?;
            Ok::<_, AppError>(slug)
        })
    })
    .await
}

pub async fn parks() -> Result<Vec<ParkRow>, AppError> {
    let state = auth::state()?;
    admin().await?;
    let per_park: HashMap<i32, i64> = companies::Entity::find()
        .select_only()
        .column(companies::Column::BusinessParkId)
        .column_as(companies::Column::Id.count(), "n")
        .filter(companies::Column::BusinessParkId.is_not_null())
        .group_by(companies::Column::BusinessParkId)
        .into_tuple::<(i32, i64)>()
        .all(&state.db)
        .await?
        .into_iter()
        .collect();
    Ok(business_parks::Entity::find()
        .order_by_asc(business_parks::Column::Name)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|p| ParkRow {
            companies: per_park.get(&p.id).copied().unwrap_or(0) as u64,
            id: p.id,
            slug: p.slug,
            name: p.name,
            area_hectares: p.area_hectares,
            status: p.status,
            main_activity: p.main_activity,
            description: p.description,
        })
        .collect())
}

pub async fn save_park(
    id: Option<i32>,
    form_name: &str,
    name: &str,
    area: &str,
    status: &str,
    main_activity: &str,
    description: &str,
) -> Result<ParkOption, AppError> {
    let state = auth::state()?;
    admin().await?;
    let fr = french(request_locale());
    let mut form = FormErrors::default();
    for (field, value) in [
        ("form", form_name),
        ("name", name),
        ("area_hectares", area),
        ("status", status),
        ("main_activity", main_activity),
        ("description", description),
    ] {
        form.keep(field, value);
    }
    let name = company::required_text(name, 200).map_err(|e| form.add("name", e.message(fr))).ok();
    let area_value =
        area.trim().replace(',', ".").parse::<f64>().ok().filter(|a| *a > 0.0 && *a < 10_000.0);
    if area_value.is_none() {
        form.add(
            "area_hectares",
            if fr {
                "Indiquez la surface en hectares, par exemple 15 ou 8,5."
            } else {
                "Enter the area in hectares, for example 15 or 8.5."
            },
        );
    }
    if !company::PARK_STATUSES.contains(&status) {
        form.add("status", company::FieldError::UnknownChoice.message(fr));
    }
    let main_activity = company::optional_text(main_activity, 200)
        .map_err(|e| form.add("main_activity", e.message(fr)))
        .ok();
    let description = company::optional_text(description, 4000)
        .map_err(|e| form.add("description", e.message(fr)))
        .ok();
    let (Some(name), Some(area), Some(main_activity), Some(description), true) =
        (name, area_value, main_activity, description, form.is_empty())
    else {
        return Err(AppError::Invalid(form));
    };
    let status = status.to_string();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let park = match id {
                Some(id) => {
                    let park = business_parks::Entity::find_by_id(id)
                        .one(txn)
                        .await?
                        .ok_or(AppError::NotFound)?;
                    let renamed = park.name != name;
                    let mut active: business_parks::ActiveModel = park.into();
                    active.name = Set(name);
                    active.area_hectares = Set(area);
                    active.status = Set(status);
                    active.main_activity = Set(main_activity.unwrap_or_default());
                    active.description = Set(description.unwrap_or_default());
                    let park = active.update(txn).await?;
                    if renamed {
                        // The park's name is part of what the directory searches in its companies.
                        let members = companies::Entity::find()
                            .filter(companies::Column::BusinessParkId.eq(park.id))
                            .all(txn)
                            .await?;
                        for company in members {
                            companies::Entity::update_many()
                                .col_expr(
                                    companies::Column::SearchText,
                                    Expr::value(search_text(&company, Some(&park.name))),
                                )
                                .filter(companies::Column::Id.eq(company.id))
                                .exec(txn)
                                .await?;
                        }
                    }
                    park
                }
                None => {
                    let base = match company::slugify(&name) {
                        s if s.is_empty() => "zone".to_string(),
                        s => s,
                    };
                    let taken: Vec<String> = business_parks::Entity::find()
                        .select_only()
                        .column(business_parks::Column::Slug)
                        .filter(business_parks::Column::Slug.starts_with(base.as_str()))
                        .into_tuple()
                        .all(txn)
                        .await?;
                    let slug = std::iter::once(base.clone())
                        .chain((2..).map(|k| format!("{base}-{k}")))
                        .find(|candidate| !taken.contains(candidate))
                        .unwrap_or(base);
                    business_parks::ActiveModel {
                        slug: Set(slug),
                        name: Set(name),
                        area_hectares: Set(area),
                        status: Set(status),
                        main_activity: Set(main_activity.unwrap_or_default()),
                        description: Set(description.unwrap_or_default()),
                        created_at: Set(Utc::now()),
                        ..Default::default()
                    }
                    .insert(txn)
                    .await?
                }
            };
            Ok::<_, AppError>(ParkOption { slug: park.slug, name: park.name })
        })
    })
    .await
}
