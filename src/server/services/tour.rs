//! Tours as a person gets them: the steps of `domain::tour` with the town hall's edits applied,
//! resolved for this person (their company's address, what the policy refuses them), their
//! progress, and the counts of the funnel.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set,
    ConnectionTrait, DatabaseConnection, QueryOrder,
    entity::prelude::*,
    sea_query::{ExprTrait, OnConflict},
};

use crate::{
    Locale,
    api::tour::{AdminStep, AdminTour, GuideSection, GuideStep, Milestone, TourStepView, TourView},
    domain::{
        company::{CompanyStatus, MemberRole},
        permissions::{self, AccountStatus, Capability, Role, Viewer},
        tour::{
            self, ANCHORS, BODY_MAX_CHARS, Gate, Situation, StepDef, StepRoute, TITLE_MAX_CHARS,
        },
    },
    error::{AppError, FormErrors},
    server::{
        auth::{self, CurrentUser, request_locale},
        db,
        entities::{
            companies, company_invitations, company_members, tour_funnel, tour_progress,
            tour_steps, users,
        },
        services::companies::{french, memberships, status_of},
    },
};

/// A step with the town hall's edits.
#[derive(Clone, Debug)]
pub struct Effective {
    pub def: &'static StepDef,
    pub enabled: bool,
    pub position: i32,
    pub target: Option<String>,
    pub title: [String; 2],
    pub body: [String; 2],
    pub edited: bool,
}

impl Effective {
    fn title(&self, locale: Locale) -> String {
        self.title[if french(locale) { 0 } else { 1 }].clone()
    }

    fn body(&self, locale: Locale) -> String {
        self.body[if french(locale) { 0 } else { 1 }].clone()
    }
}

fn default_position(index: usize) -> i32 {
    (index as i32 + 1) * 10
}

/// Every step of `situation`'s tour, in the town hall's order, switched-off ones included.
pub async fn effective(
    db: &impl ConnectionTrait,
    situation: Situation,
) -> Result<Vec<Effective>, AppError> {
    let defs = tour::tour(situation);
    let ids: Vec<&str> = defs.iter().map(|d| d.id).collect();
    let rows: HashMap<String, tour_steps::Model> = tour_steps::Entity::find()
        .filter(tour_steps::Column::StepId.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.step_id.clone(), r))
        .collect();
    let mut steps: Vec<Effective> = defs
        .iter()
        .enumerate()
        .map(|(index, def)| {
            let row = rows.get(def.id);
            let pick = |over: Option<&Option<String>>, default: &str| {
                over.and_then(|o| o.clone())
                    .filter(|t| !t.trim().is_empty())
                    .unwrap_or_else(|| default.to_string())
            };
            let title = [
                pick(row.map(|r| &r.title_fr), def.title_fr),
                pick(row.map(|r| &r.title_en), def.title_en),
            ];
            let body = [
                pick(row.map(|r| &r.body_fr), def.body_fr),
                pick(row.map(|r| &r.body_en), def.body_en),
            ];
            let target = match row.and_then(|r| r.target.clone()) {
                Some(t) if t.is_empty() => None,
                Some(t) => Some(t),
                None => def.target.map(str::to_string),
            };
            let edited = row.is_some_and(|r| {
                !r.enabled
                    || r.position != default_position(index)
                    || title != [def.title_fr, def.title_en]
                    || body != [def.body_fr, def.body_en]
                    || target.as_deref() != def.target
            });
            Effective {
                def,
                enabled: row.is_none_or(|r| r.enabled),
                position: row.map_or(default_position(index), |r| r.position),
                target,
                title,
                body,
                edited,
            }
        })
        .collect();
    steps.sort_by_key(|s| s.position);
    Ok(steps)
}

/// Someone representative of `situation`, for the guide and previews.
fn representative(situation: Situation) -> (Option<Viewer>, Option<MemberRole>, CompanyStatus) {
    let member = Viewer {
        user_id: 0,
        role: Role::Member,
        status: AccountStatus::Active,
        email_confirmed: true,
    };
    match situation {
        Situation::Visitor => (None, None, CompanyStatus::Approved),
        Situation::Newcomer => (Some(member), None, CompanyStatus::Approved),
        Situation::Pending => (Some(member), Some(MemberRole::Owner), CompanyStatus::Pending),
        Situation::Company => (Some(member), Some(MemberRole::Owner), CompanyStatus::Approved),
        Situation::Admin => {
            (Some(Viewer { role: Role::Admin, ..member }), None, CompanyStatus::Approved)
        }
    }
}

fn refusal(
    gate: Option<Gate>,
    viewer: Option<&Viewer>,
    role: Option<MemberRole>,
    status: CompanyStatus,
    locale: Locale,
) -> Option<String> {
    let denial = match gate? {
        Gate::Capability(c) => permissions::check(viewer, c).err()?,
        Gate::Company(a) => permissions::check_company(viewer, role, status, a).err()?,
    };
    Some(denial.message(french(locale)).to_string())
}

/// The person's situation, and the company their tour shows (with their role in it).
async fn situation_of(
    db: &impl ConnectionTrait,
    me: Option<&CurrentUser>,
) -> Result<(Situation, Option<(companies::Model, MemberRole)>), AppError> {
    let Some(me) = me else { return Ok((Situation::Visitor, None)) };
    let mine = memberships(db, me.user.id).await?;
    let statuses: Vec<CompanyStatus> = mine.iter().map(|(c, _)| status_of(c)).collect();
    let situation = Situation::of(true, me.viewer().is_admin(), &statuses);
    let wanted: &[CompanyStatus] = match situation {
        Situation::Company => &[CompanyStatus::Approved],
        Situation::Pending => &[CompanyStatus::Pending, CompanyStatus::Rejected],
        _ => &[],
    };
    let mut candidates: Vec<(companies::Model, MemberRole)> =
        mine.into_iter().filter(|(c, _)| wanted.contains(&status_of(c))).collect();
    candidates.sort_by_key(|(c, role)| (*role, c.id));
    Ok((situation, candidates.into_iter().next()))
}

fn path_of(route: StepRoute, company_slug: Option<&str>) -> String {
    match (route, company_slug) {
        (StepRoute::Page(path), _) => path.to_string(),
        (StepRoute::MyCompany(suffix), Some(slug)) => format!("/entreprises/{slug}{suffix}"),
        (StepRoute::MyCompany(_), None) => "/mes-entreprises".to_string(),
    }
}

pub async fn tour(preview: &str) -> Result<TourView, AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let locale = request_locale();
    let preview = Situation::parse(preview.trim());
    if preview.is_some() {
        auth::require(Capability::AdministerCompanies).await?;
    }
    let (situation, viewer, role, status, slug) = match preview {
        Some(situation) => {
            let (viewer, role, status) = representative(situation);
            // A company in that situation, so that its page shows what the tour points at.
            let sample = match situation {
                Situation::Pending | Situation::Company => companies::Entity::find()
                    .filter(companies::Column::Status.eq(status.as_str()))
                    .order_by_asc(companies::Column::Id)
                    .one(&state.db)
                    .await?
                    .map(|c| c.slug),
                _ => None,
            };
            (situation, viewer, role, status, sample)
        }
        None => {
            let (situation, company) = situation_of(&state.db, me.as_ref()).await?;
            let viewer = me.as_ref().map(CurrentUser::viewer);
            let (role, status, slug) = match company {
                Some((c, role)) => (Some(role), status_of(&c), Some(c.slug)),
                None => (None, CompanyStatus::Approved, None),
            };
            (situation, viewer, role, status, slug)
        }
    };
    let steps = effective(&state.db, situation)
        .await?
        .into_iter()
        .filter(|s| s.enabled)
        .map(|s| TourStepView {
            id: s.def.id.to_string(),
            path: path_of(s.def.route, slug.as_deref()),
            target: s.target.clone(),
            placement: s.def.placement,
            title: s.title(locale),
            body: s.body(locale),
            cannot: refusal(s.def.gate, viewer.as_ref(), role, status, locale),
        })
        .collect::<Vec<_>>();
    let (member, auto_start, resume_at) = match (&me, preview) {
        (Some(me), None) => {
            let progress = tour_progress::Entity::find()
                .filter(tour_progress::Column::UserId.eq(me.user.id))
                .filter(tour_progress::Column::Situation.eq(situation.as_str()))
                .one(&state.db)
                .await?;
            // "Ne plus afficher" holds for resuming too, even if a step's save was still on its way.
            let auto = me.user.tours_automatic && progress.is_none();
            let resume = progress
                .filter(|p| me.user.tours_automatic && p.status == "active")
                .map(|p| p.step_id);
            (true, auto, resume)
        }
        _ => (false, false, None),
    };
    Ok(TourView { situation, steps, member, auto_start, resume_at, preview: preview.is_some() })
}

async fn bump(
    db: &impl ConnectionTrait,
    situation: Situation,
    step: &str,
    event: &str,
) -> Result<(), AppError> {
    tour_funnel::Entity::insert(tour_funnel::ActiveModel {
        situation: Set(situation.as_str().into()),
        step_id: Set(step.into()),
        event: Set(event.into()),
        count: Set(1),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            tour_funnel::Column::Situation,
            tour_funnel::Column::StepId,
            tour_funnel::Column::Event,
        ])
        .value(
            tour_funnel::Column::Count,
            Expr::col((tour_funnel::Entity, tour_funnel::Column::Count)).add(1),
        )
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

fn refuse(field: &str, message: &str) -> AppError {
    let mut form = FormErrors::default();
    form.add(field, message);
    AppError::Invalid(form)
}

/// Records the step a member is at. Steps of other tours, made-up ids and unknown states are
/// refused and nothing is stored.
pub async fn save_progress(situation: &str, step: &str, status: &str) -> Result<(), AppError> {
    let state = auth::state()?;
    let me = auth::require(Capability::ManageOwnAccount).await?;
    let fr = french(request_locale());
    // Progress counts for the tour of the member's own situation only.
    let (mine, _) = situation_of(&state.db, Some(&me)).await?;
    let situation = Situation::parse(situation).filter(|s| *s == mine).ok_or_else(|| {
        refuse("situation", if fr { "Visite inconnue." } else { "Unknown tour." })
    })?;
    if !matches!(status, "active" | "finished" | "skipped") {
        return Err(refuse("status", if fr { "État inconnu." } else { "Unknown state." }));
    }
    let steps = effective(&state.db, situation).await?;
    let index = steps
        .iter()
        .filter(|s| s.enabled)
        .position(|s| s.def.id == step)
        .ok_or_else(|| refuse("step", if fr { "Étape inconnue." } else { "Unknown step." }))?;
    let step = step.to_string();
    let status = status.to_string();
    let user_id = me.user.id;
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let now = Utc::now();
            let existing = tour_progress::Entity::find()
                .filter(tour_progress::Column::UserId.eq(user_id))
                .filter(tour_progress::Column::Situation.eq(situation.as_str()))
                .one(txn)
                .await?;
            let (furthest, previous_status) = match &existing {
                Some(p) => (p.furthest, Some(p.status.clone())),
                None => (-1, None),
            };
            // The funnel counts people: who started, how far each got; a second run of the same
            // tour moves nobody further unless it goes further.
            if previous_status.is_none() {
                bump(txn, situation, "", "started").await?;
            }
            if index as i32 > furthest {
                bump(txn, situation, &step, "reached").await?;
            }
            if previous_status.as_deref() != Some(status.as_str()) && status != "active" {
                bump(txn, situation, "", &status).await?;
            }
            let furthest = std::cmp::max(furthest, index as i32);
            match existing {
                Some(row) => {
                    let mut active: tour_progress::ActiveModel = row.into();
                    active.step_id = Set(step);
                    active.status = Set(status);
                    active.furthest = Set(furthest);
                    active.updated_at = Set(now);
                    active.update(txn).await?;
                }
                None => {
                    tour_progress::ActiveModel {
                        user_id: Set(user_id),
                        situation: Set(situation.as_str().into()),
                        step_id: Set(step),
                        status: Set(status),
                        furthest: Set(furthest),
                        updated_at: Set(now),
                        ..Default::default()
                    }
                    .insert(txn)
                    .await?;
                }
            }
            Ok::<_, AppError>(())
        })
    })
    .await
}

pub async fn dismiss(situation: &str) -> Result<(), AppError> {
    let state = auth::state()?;
    let me = auth::require(Capability::ManageOwnAccount).await?;
    let situation = Situation::parse(situation.trim());
    let user_id = me.user.id;
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            users::Entity::update_many()
                .col_expr(users::Column::ToursAutomatic, Expr::value(false))
                .filter(users::Column::Id.eq(user_id))
                .exec(txn)
                .await?;
            if let Some(situation) = situation {
                bump(txn, situation, "", "dismissed").await?;
                tour_progress::Entity::update_many()
                    .col_expr(tour_progress::Column::Status, Expr::value("dismissed"))
                    .filter(tour_progress::Column::UserId.eq(user_id))
                    .filter(tour_progress::Column::Situation.eq(situation.as_str()))
                    .exec(txn)
                    .await?;
            }
            Ok::<_, AppError>(())
        })
    })
    .await
}

pub async fn guide() -> Result<Vec<GuideSection>, AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let locale = request_locale();
    let (mine, _) = situation_of(&state.db, me.as_ref()).await?;
    let mut sections = Vec::new();
    for situation in Situation::ALL {
        let (viewer, role, status) = representative(situation);
        let steps = effective(&state.db, situation)
            .await?
            .into_iter()
            .filter(|s| s.enabled)
            .map(|s| GuideStep {
                title: s.title(locale),
                body: s.body(locale),
                cannot: refusal(s.def.gate, viewer.as_ref(), role, status, locale),
                path: match s.def.route {
                    StepRoute::Page(path) => Some(path.to_string()),
                    StepRoute::MyCompany(_) => None,
                },
            })
            .collect();
        sections.push(GuideSection { situation, steps, mine: situation == mine });
    }
    Ok(sections)
}

pub async fn first_steps() -> Result<Option<Vec<Milestone>>, AppError> {
    let state = auth::state()?;
    let Some(me) = auth::current_user().await? else { return Ok(None) };
    if me.viewer().is_admin() {
        return Ok(None);
    }
    let mine = memberships(&state.db, me.user.id).await?;
    let ids: Vec<i32> = mine.iter().map(|(c, _)| c.id).collect();
    let colleagues = company_members::Entity::find()
        .filter(company_members::Column::CompanyId.is_in(ids.clone()))
        .filter(company_members::Column::UserId.ne(me.user.id))
        .count(&state.db)
        .await?;
    let invitations = company_invitations::Entity::find()
        .filter(company_invitations::Column::CompanyId.is_in(ids))
        .count(&state.db)
        .await?;
    let first = mine.first().map(|(c, _)| c.slug.clone());
    let company_page = |suffix: &str| match &first {
        Some(slug) => format!("/entreprises/{slug}{suffix}"),
        None => "/mes-entreprises".to_string(),
    };
    let milestones = vec![
        Milestone {
            id: "profile".into(),
            done: me.user.job_title.as_deref().is_some_and(|t| !t.trim().is_empty())
                && me.user.bio.as_deref().is_some_and(|b| !b.trim().is_empty()),
            href: "/compte#profil".into(),
        },
        Milestone { id: "company".into(), done: !mine.is_empty(), href: "/mes-entreprises".into() },
        Milestone {
            id: "logo".into(),
            done: mine.iter().any(|(c, _)| c.logo_key.is_some()),
            href: company_page("/modifier"),
        },
        Milestone {
            id: "team".into(),
            done: colleagues + invitations > 0,
            href: company_page("/equipe"),
        },
    ];
    if milestones.iter().all(|m| m.done) {
        return Ok(None);
    }
    Ok(Some(milestones))
}

async fn admin() -> Result<CurrentUser, AppError> {
    auth::require(Capability::AdministerCompanies).await
}

pub async fn admin_tours() -> Result<Vec<AdminTour>, AppError> {
    let state = auth::state()?;
    admin().await?;
    let funnel: HashMap<(String, String, String), i64> = tour_funnel::Entity::find()
        .all(&state.db)
        .await?
        .into_iter()
        .map(|r| ((r.situation, r.step_id, r.event), r.count))
        .collect();
    let count = |situation: Situation, step: &str, event: &str| {
        funnel
            .get(&(situation.as_str().to_string(), step.to_string(), event.to_string()))
            .copied()
            .unwrap_or(0) as u64
    };
    let mut tours = Vec::new();
    for situation in Situation::ALL {
        let steps = effective(&state.db, situation)
            .await?
            .into_iter()
            .enumerate()
            .map(|(position, s)| {
                let page = tour::anchor_page(s.def.route, situation);
                AdminStep {
                    id: s.def.id.to_string(),
                    enabled: s.enabled,
                    position,
                    anchors: anchors_for(s.def.route, situation),
                    page,
                    target: s.target.clone(),
                    default_target: s.def.target.map(str::to_string),
                    title_fr: s.title[0].clone(),
                    title_en: s.title[1].clone(),
                    body_fr: s.body[0].clone(),
                    body_en: s.body[1].clone(),
                    edited: s.edited,
                    reached: count(situation, s.def.id, "reached"),
                }
            })
            .collect();
        tours.push(AdminTour {
            situation,
            steps,
            started: count(situation, "", "started"),
            finished: count(situation, "", "finished"),
            skipped: count(situation, "", "skipped"),
            dismissed: count(situation, "", "dismissed"),
        });
    }
    Ok(tours)
}

fn anchors_for(route: StepRoute, situation: Situation) -> Vec<String> {
    let page = tour::anchor_page(route, situation);
    let mut anchors: Vec<String> = ANCHORS
        .iter()
        .filter(|(p, _)| *p == page || (page == "my-company-pending" && *p == "my-company"))
        .flat_map(|(_, a)| a.iter().map(|a| String::from(*a)))
        .collect();
    anchors.sort();
    anchors.dedup();
    anchors
}

fn known_step(id: &str) -> Result<(Situation, &'static StepDef), AppError> {
    tour::step_def(id).ok_or(AppError::NotFound)
}

/// Makes sure every step of a tour has a row, so that positions can be swapped.
async fn materialise(
    txn: &impl ConnectionTrait,
    situation: Situation,
) -> Result<Vec<Effective>, AppError> {
    let steps = effective(txn, situation).await?;
    for s in &steps {
        let exists = tour_steps::Entity::find_by_id(s.def.id.to_string()).one(txn).await?.is_some();
        if !exists {
            tour_steps::ActiveModel {
                step_id: Set(s.def.id.into()),
                position: Set(s.position),
                enabled: Set(s.enabled),
                target: Set(None),
                title_fr: Set(None),
                title_en: Set(None),
                body_fr: Set(None),
                body_en: Set(None),
                updated_at: Set(Utc::now()),
            }
            .insert(txn)
            .await?;
        }
    }
    Ok(steps)
}

pub async fn save_step(
    step: &str,
    enabled: bool,
    target: &str,
    texts: [&str; 4],
) -> Result<(), AppError> {
    let state = auth::state()?;
    admin().await?;
    let fr = french(request_locale());
    let (situation, def) = known_step(step)?;
    let mut form = FormErrors::default();
    form.keep("step", step);
    form.keep("target", target);
    for (field, value) in ["title_fr", "title_en", "body_fr", "body_en"].iter().zip(texts) {
        form.values.push(((*field).to_owned(), value.chars().take(BODY_MAX_CHARS + 100).collect()));
    }
    for (index, (field, value)) in
        ["title_fr", "title_en", "body_fr", "body_en"].iter().zip(texts).enumerate()
    {
        let max = if index < 2 { TITLE_MAX_CHARS } else { BODY_MAX_CHARS };
        let text = value.trim();
        if text.is_empty() {
            form.add(
                field,
                if fr {
                    "Ce texte ne peut pas être vide : la visite l'affiche tel quel."
                } else {
                    "This text cannot be empty: the tour shows it as it is."
                },
            );
        } else if text.chars().count() > max {
            form.add(
                field,
                if fr {
                    format!("{max} caractères au plus.")
                } else {
                    format!("At most {max} characters.")
                },
            );
        }
    }
    let target = target.trim();
    if !target.is_empty() && !tour::anchor_exists(def.route, situation, target) {
        let known = anchors_for(def.route, situation).join(", ");
        form.add(
            "target",
            if fr {
                format!("« {target} » n'existe pas sur cette page. Ancres possibles : {known} — ou laissez vide pour une étape centrée.")
            } else {
                format!("“{target}” does not exist on this page. Possible anchors: {known} — or leave empty for a centred step.")
            },
        );
    }
    form.clone().into_result()?;
    let texts: Vec<String> = texts.iter().map(|t| t.trim().to_string()).collect();
    let target = target.to_string();
    let step = step.to_string();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            materialise(txn, situation).await?;
            let row = tour_steps::Entity::find_by_id(step.clone())
                .one(txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let mut active: tour_steps::ActiveModel = row.into();
            active.enabled = Set(enabled);
            // An empty override means "centred", distinct from "as shipped" (no override).
            active.target =
                Set(if def.target == Some(target.as_str()) { None } else { Some(target) });
            let keep = |text: &String, default: &str| (text != default).then(|| text.clone());
            active.title_fr = Set(keep(&texts[0], def.title_fr));
            active.title_en = Set(keep(&texts[1], def.title_en));
            active.body_fr = Set(keep(&texts[2], def.body_fr));
            active.body_en = Set(keep(&texts[3], def.body_en));
            active.updated_at = Set(Utc::now());
            active.update(txn).await?;
            Ok::<_, AppError>(())
        })
    })
    .await
}

pub async fn move_step(step: &str, up: bool) -> Result<(), AppError> {
    let state = auth::state()?;
    admin().await?;
    let (situation, _) = known_step(step)?;
    let step = step.to_string();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let steps = materialise(txn, situation).await?;
            let Some(at) = steps.iter().position(|s| s.def.id == step) else {
                return Err(AppError::NotFound);
            };
            let other =
                if up { at.checked_sub(1) } else { Some(at + 1).filter(|i| *i < steps.len()) };
            let Some(other) = other else { return Ok(()) };
            // Number the whole tour afresh in its new order: positions stay distinct whatever
            // happened to them before.
            let mut order: Vec<&str> = steps.iter().map(|s| s.def.id).collect();
            order.swap(at, other);
            for (index, id) in order.into_iter().enumerate() {
                tour_steps::Entity::update_many()
                    .col_expr(tour_steps::Column::Position, Expr::value(default_position(index)))
                    .col_expr(tour_steps::Column::UpdatedAt, Expr::value(Utc::now()))
                    .filter(tour_steps::Column::StepId.eq(id))
                    .exec(txn)
                    .await?;
            }
            Ok::<_, AppError>(())
        })
    })
    .await
}

pub async fn reset_step(step: &str) -> Result<(), AppError> {
    let state = auth::state()?;
    admin().await?;
    known_step(step)?;
    let step = step.to_string();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            // The texts, the target and the switch come back as shipped; the order is the tour's
            // and stays as the town hall set it.
            if let Some(row) = tour_steps::Entity::find_by_id(step).one(txn).await? {
                let mut active: tour_steps::ActiveModel = row.into();
                active.enabled = Set(true);
                active.target = Set(None);
                active.title_fr = Set(None);
                active.title_en = Set(None);
                active.body_fr = Set(None);
                active.body_en = Set(None);
                active.updated_at = Set(Utc::now());
                active.update(txn).await?;
            }
            Ok::<_, AppError>(())
        })
    })
    .await
}

/// Tour counts for the dashboard: started and finished, over every tour.
pub async fn totals(db: &DatabaseConnection) -> Result<(u64, u64), AppError> {
    let rows =
        tour_funnel::Entity::find().filter(tour_funnel::Column::StepId.eq("")).all(db).await?;
    let sum = |event: &str| rows.iter().filter(|r| r.event == event).map(|r| r.count as u64).sum();
    Ok((sum("started"), sum("finished")))
}
