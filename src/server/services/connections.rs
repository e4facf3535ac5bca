//! Connections between companies. A pair of companies has at most one row: a request waits for the
//! other company's answer, then the two are connected, or the request is declined and may be sent
//! again after `DECLINED_DAYS`. Withdrawing a request or ending a connection deletes the row.
//! Owners and editors of an approved company act for it (`CompanyAction::Connect`).

use std::collections::{HashMap, HashSet};

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, Condition, ConnectionTrait, DatabaseConnection, QueryOrder,
    entity::prelude::*,
};

use crate::{
    Locale,
    api::connections::{CompanyNetwork, ConnectOption, ConnectionItem, Link, NetworkView},
    domain::{
        company::{self, CompanyStatus, MemberRole},
        permissions::{self, Capability, CompanyAction, Denial},
    },
    error::{AppError, FormErrors},
    server::{
        auth::{self, CurrentUser, request_locale},
        db,
        entities::{companies, company_connections as links},
        services::{
            companies::{
                authorize, display_name, find_by_slug, french, lock, logo_url, memberships,
                status_of,
            },
            dates,
        },
    },
};

/// How long a declined request stays declined before it may be sent again.
pub const DECLINED_DAYS: i64 = 30;
pub const MESSAGE_MAX_CHARS: usize = 500;

const PENDING: &str = "pending";
const ACCEPTED: &str = "accepted";
const DECLINED: &str = "declined";

fn pair(a: i32, b: i32) -> (i32, i32) {
    (a.min(b), a.max(b))
}

/// Where `mine` stands with the other company of `row`.
fn link_of(row: Option<&links::Model>, mine: i32, locale: Locale) -> Link {
    let Some(row) = row else { return Link::None };
    match row.status.as_str() {
        ACCEPTED => Link::Connected,
        PENDING if row.requester_id == mine => Link::Sent,
        PENDING => Link::Received,
        DECLINED if row.requester_id == mine => match again_from(row) {
            Some(at) => Link::Declined { again_from: dates::date(at, locale) },
            None => Link::None,
        },
        _ => Link::None,
    }
}

/// When a declined request may be sent again, while it may not yet.
fn again_from(row: &links::Model) -> Option<chrono::DateTime<Utc>> {
    let at = row.responded_at.unwrap_or(row.created_at) + Duration::days(DECLINED_DAYS);
    (at > Utc::now()).then_some(at)
}

async fn pair_row(
    db: &impl ConnectionTrait,
    a: i32,
    b: i32,
) -> Result<Option<links::Model>, AppError> {
    let (low, high) = pair(a, b);
    Ok(links::Entity::find()
        .filter(links::Column::LowId.eq(low))
        .filter(links::Column::HighId.eq(high))
        .one(db)
        .await?)
}

/// The caller's company `slug`, when the caller may connect on its behalf.
async fn acting_for(slug: &str) -> Result<(CurrentUser, companies::Model), AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let company = find_by_slug(&state.db, slug).await?;
    let (me, _) = authorize(&state.db, me.as_ref(), &company, CompanyAction::Connect).await?;
    Ok((me, company))
}

/// The ids of the caller's company `mine`, when the caller may act for it, and of company `other`.
async fn parties(mine: &str, other: &str) -> Result<(DatabaseConnection, i32, i32), AppError> {
    let state = auth::state()?;
    let (_, mine) = acting_for(mine).await?;
    let other = find_by_slug(&state.db, other).await?;
    Ok((state.db, mine.id, other.id))
}

/// Takes both companies' locks in id order, so that two requests between the same pair queue
/// rather than race to the unique index.
async fn lock_pair(txn: &impl ConnectionTrait, a: i32, b: i32) -> Result<(), AppError> {
    let (low, high) = pair(a, b);
    lock(txn, low).await?;
    lock(txn, high).await?;
    Ok(())
}

pub async fn request(from: &str, to: &str, message: &str) -> Result<(), AppError> {
    let state = auth::state()?;
    let (me, mine) = acting_for(from).await?;
    let other = find_by_slug(&state.db, to).await?;
    match status_of(&other) {
        CompanyStatus::Approved => {}
        status if !status.listed() => return Err(AppError::NotFound),
        _ => return Err(AppError::Denied(Denial::NothingToDo)),
    }
    if other.id == mine.id {
        return Err(AppError::Denied(Denial::NothingToDo));
    }
    let fr = french(request_locale());
    let message = company::optional_text(message, MESSAGE_MAX_CHARS).map_err(|e| {
        let mut form = FormErrors::default();
        form.keep_text("message", message, MESSAGE_MAX_CHARS);
        form.add("message", e.message(fr));
        AppError::Invalid(form)
    })?;
    let (mine, other, user) = (mine.id, other.id, me.user.id);
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            lock_pair(txn, mine, other).await?;
            let now = Utc::now();
            let row = pair_row(txn, mine, other).await?;
            match row {
                None => {
                    let (low, high) = pair(mine, other);
                    links::ActiveModel {
                        requester_id: Set(mine),
                        addressee_id: Set(other),
                        low_id: Set(low),
                        high_id: Set(high),
                        status: Set(PENDING.into()),
                        message: Set(message.unwrap_or_default()),
                        requested_by: Set(Some(user)),
                        created_at: Set(now),
                        responded_at: Set(None),
                        ..Default::default()
                    }
                    .insert(txn)
                    .await?;
                }
                // Asking twice, or asking a company we are connected to, changes nothing.
                Some(row) if row.status == ACCEPTED => {}
                Some(row) if row.status == PENDING && row.requester_id == mine => {}
                // They asked first: asking them back is saying yes.
                Some(row) if row.status == PENDING => {
                    let mut active: links::ActiveModel = row.into();
                    active.status = Set(ACCEPTED.into());
                    active.responded_at = Set(Some(now));
                    active.update(txn).await?;
                }
                Some(row) => {
                    if row.requester_id == mine && again_from(&row).is_some() {
                        return Err(AppError::Denied(Denial::RecentlyDeclined));
                    }
                    let mut active: links::ActiveModel = row.into();
                    active.requester_id = Set(mine);
                    active.addressee_id = Set(other);
                    active.status = Set(PENDING.into());
                    active.message = Set(message.unwrap_or_default());
                    active.requested_by = Set(Some(user));
                    active.created_at = Set(now);
                    active.responded_at = Set(None);
                    active.update(txn).await?;
                }
            }
            Ok(())
        })
    })
    .await
}

/// Accepts or declines the request `other` sent to `mine`.
pub async fn answer(mine: &str, other: &str, accept: bool) -> Result<(), AppError> {
    let (db, mine, other) = parties(mine, other).await?;
    db::write(&db, move |txn| {
        Box::pin(async move {
            lock_pair(txn, mine, other).await?;
            let row = pair_row(txn, mine, other)
                .await?
                .filter(|r| r.status == PENDING && r.addressee_id == mine)
                .ok_or(AppError::Denied(Denial::NothingToDo))?;
            let mut active: links::ActiveModel = row.into();
            active.status = Set(if accept { ACCEPTED } else { DECLINED }.into());
            active.responded_at = Set(Some(Utc::now()));
            active.update(txn).await?;
            Ok(())
        })
    })
    .await
}

/// Withdraws the request `mine` sent to `other`, or ends their connection.
pub async fn end(mine: &str, other: &str) -> Result<(), AppError> {
    let (db, mine, other) = parties(mine, other).await?;
    db::write(&db, move |txn| {
        Box::pin(async move {
            lock_pair(txn, mine, other).await?;
            let row = pair_row(txn, mine, other)
                .await?
                .filter(|r| r.status == ACCEPTED || (r.status == PENDING && r.requester_id == mine))
                .ok_or(AppError::Denied(Denial::NothingToDo))?;
            links::Entity::delete_by_id(row.id).exec(txn).await?;
            Ok(())
        })
    })
    .await
}

/// The companies connected to any of `ids`, approved ones only.
pub async fn connected_ids(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<HashSet<i32>, AppError> {
    if ids.is_empty() {
        return Ok(HashSet::new());
    }
    let rows = links::Entity::find()
        .filter(links::Column::Status.eq(ACCEPTED))
        .filter(
            Condition::any()
                .add(links::Column::LowId.is_in(ids.to_vec()))
                .add(links::Column::HighId.is_in(ids.to_vec())),
        )
        .all(db)
        .await?;
    let mine: HashSet<i32> = ids.iter().copied().collect();
    Ok(rows
        .into_iter()
        .flat_map(|r| [r.low_id, r.high_id])
        .filter(|id| !mine.contains(id))
        .collect())
}

/// The connections shown on a company page, by name: two queries whatever their number.
pub async fn connections_of(
    db: &impl ConnectionTrait,
    company_id: i32,
    locale: Locale,
) -> Result<Vec<ConnectionItem>, AppError> {
    let rows = links::Entity::find()
        .filter(links::Column::Status.eq(ACCEPTED))
        .filter(
            Condition::any()
                .add(links::Column::LowId.eq(company_id))
                .add(links::Column::HighId.eq(company_id)),
        )
        .all(db)
        .await?;
    let since: HashMap<i32, chrono::DateTime<Utc>> = rows
        .iter()
        .map(|r| {
            let other = if r.low_id == company_id { r.high_id } else { r.low_id };
            (other, r.responded_at.unwrap_or(r.created_at))
        })
        .collect();
    let mut others = companies::Entity::find()
        .filter(companies::Column::Id.is_in(since.keys().copied().collect::<Vec<_>>()))
        .filter(companies::Column::Status.eq(CompanyStatus::Approved.as_str()))
        .order_by_asc(companies::Column::SearchText)
        .all(db)
        .await?;
    others.truncate(200);
    Ok(others
        .into_iter()
        .map(|c| ConnectionItem {
            date: since.get(&c.id).map(|at| dates::date(*at, locale)).unwrap_or_default(),
            name: display_name(&c),
            logo_url: logo_url(&c, 64),
            message: None,
            slug: c.slug,
        })
        .collect())
}

/// What the caller may do between their companies and `target`, for its page. Empty when the
/// caller runs no company: `Some(denial)` then says why nothing can be done.
pub async fn options_for(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
    target: &companies::Model,
) -> Result<(Vec<ConnectOption>, Option<Denial>), AppError> {
    if status_of(target) != CompanyStatus::Approved {
        return Ok((Vec::new(), None));
    }
    let viewer = me.viewer();
    let mine: Vec<(companies::Model, MemberRole)> = memberships(db, me.user.id).await?;
    // The company's own people see its page from the inside: nothing to connect there.
    if mine.iter().any(|(c, _)| c.id == target.id) {
        return Ok((Vec::new(), None));
    }
    if mine.is_empty() {
        let reason = permissions::check(Some(&viewer), Capability::RegisterCompany)
            .err()
            .unwrap_or(Denial::NoCompanyYet);
        return Ok((Vec::new(), Some(reason)));
    }
    let rows = links::Entity::find()
        .filter(
            Condition::any()
                .add(links::Column::LowId.eq(target.id))
                .add(links::Column::HighId.eq(target.id)),
        )
        .filter(
            Condition::any()
                .add(links::Column::LowId.is_in(mine.iter().map(|(c, _)| c.id).collect::<Vec<_>>()))
                .add(
                    links::Column::HighId.is_in(mine.iter().map(|(c, _)| c.id).collect::<Vec<_>>()),
                ),
        )
        .all(db)
        .await?;
    let locale = request_locale();
    Ok((
        mine.into_iter()
            .map(|(company, role)| {
                let row =
                    rows.iter().find(|r| pair(r.low_id, r.high_id) == pair(company.id, target.id));
                ConnectOption {
                    link: link_of(row, company.id, locale),
                    allowed: permissions::check_company(
                        Some(&viewer),
                        Some(role),
                        status_of(&company),
                        CompanyAction::Connect,
                    ),
                    name: display_name(&company),
                    slug: company.slug,
                }
            })
            .collect(),
        None,
    ))
}

/// The caller's companies with their requests and connections: three queries whatever their number.
pub async fn network() -> Result<NetworkView, AppError> {
    let state = auth::state()?;
    let me = auth::require(Capability::ManageOwnAccount).await?;
    network_of(&state.db, &me).await
}

async fn network_of(db: &DatabaseConnection, me: &CurrentUser) -> Result<NetworkView, AppError> {
    let viewer = me.viewer();
    let locale = request_locale();
    let mut mine = memberships(db, me.user.id).await?;
    mine.sort_by_key(|(c, _)| display_name(c));
    let ids: Vec<i32> = mine.iter().map(|(c, _)| c.id).collect();
    let rows = if ids.is_empty() {
        Vec::new()
    } else {
        links::Entity::find()
            .filter(
                Condition::any()
                    .add(links::Column::LowId.is_in(ids.clone()))
                    .add(links::Column::HighId.is_in(ids.clone())),
            )
            .filter(links::Column::Status.is_in([PENDING, ACCEPTED]))
            .order_by_desc(links::Column::CreatedAt)
            .all(db)
            .await?
    };
    let others: HashMap<i32, companies::Model> = companies::Entity::find()
        .filter(
            companies::Column::Id
                .is_in(rows.iter().flat_map(|r| [r.low_id, r.high_id]).collect::<Vec<_>>()),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let companies = mine
        .into_iter()
        .map(|(company, role)| {
            let (mut received, mut sent, mut connections) = (Vec::new(), Vec::new(), Vec::new());
            for row in rows.iter().filter(|r| r.low_id == company.id || r.high_id == company.id) {
                let other_id = if row.low_id == company.id { row.high_id } else { row.low_id };
                let Some(other) = others.get(&other_id) else { continue };
                // Closed or withdrawn companies drop out of lists.
                if status_of(other) != CompanyStatus::Approved {
                    continue;
                }
                let item = |at: chrono::DateTime<Utc>, message: Option<String>| ConnectionItem {
                    slug: other.slug.clone(),
                    name: display_name(other),
                    logo_url: logo_url(other, 64),
                    message,
                    date: dates::date(at, locale),
                };
                let message = Some(row.message.clone()).filter(|m| !m.is_empty());
                match (row.status.as_str(), row.requester_id == company.id) {
                    (ACCEPTED, _) => {
                        connections.push(item(row.responded_at.unwrap_or(row.created_at), None))
                    }
                    (_, true) => sent.push(item(row.created_at, message)),
                    (_, false) => received.push(item(row.created_at, message)),
                }
            }
            connections.sort_by(|a, b| a.name.cmp(&b.name));
            CompanyNetwork {
                allowed: permissions::check_company(
                    Some(&viewer),
                    Some(role),
                    status_of(&company),
                    CompanyAction::Connect,
                ),
                name: display_name(&company),
                slug: company.slug,
                received,
                sent,
                connections,
            }
        })
        .collect();
    Ok(NetworkView { companies })
}
