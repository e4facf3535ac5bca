//! Company pages: the directory search, a company's page, registration, edits, claims and join
//! requests. The policy in `domain::permissions` decides every action; these functions apply it to
//! the company at hand.

use chrono::{Datelike, Utc};
use sea_orm::{
    ActiveValue::Set, Condition, ConnectionTrait, DatabaseConnection, QueryOrder, QuerySelect,
    entity::prelude::*, sea_query::LikeExpr,
};

use crate::{
    Locale,
    api::companies::{
        CompanyActions, CompanyCard, CompanyFormValues, CompanyView, DirectoryPage, MyCompanies,
        MyCompany, MyRequest, PAGE_SIZE, ParkOption, PersonCard,
    },
    domain::{
        account::Email,
        company::{
            self, ADDRESS_MAX_CHARS, COMPANY_NAME_MAX_CHARS, CompanyStatus, DESCRIPTION_MAX_CHARS,
            FieldError, HEADCOUNT_BANDS, LEGAL_FORMS, MemberRole, Siret, fold_for_search,
        },
        naf::{self, NafCode},
        permissions::{self, Capability, CompanyAction, Denial},
    },
    error::{AppError, FormErrors},
    server::{
        AppState,
        auth::{self, CurrentUser, rate_limit, request_locale},
        db,
        entities::{business_parks, companies, company_members, company_requests, users},
        mail::templates,
        markdown, uploads,
    },
};

pub fn french(locale: Locale) -> bool {
    matches!(locale, Locale::fr)
}

pub fn status_of(company: &companies::Model) -> CompanyStatus {
    CompanyStatus::parse(&company.status).unwrap_or(CompanyStatus::Archived)
}

pub fn display_name(company: &companies::Model) -> String {
    company.trade_name.clone().unwrap_or_else(|| company.legal_name.clone())
}

pub fn logo_url(company: &companies::Model, size: u32) -> Option<String> {
    company.logo_key.as_deref().map(|key| uploads::url(key, size))
}

// ------------------------------------------------------------------------------------ directory

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    Name,
    Newest,
}

/// A directory search as the address states it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirectoryFilter {
    pub terms: Vec<String>,
    pub section: Option<char>,
    pub park: Option<String>,
    pub band: Option<&'static str>,
    pub sort: Sort,
    pub page: u64,
    /// Only the companies connected to the caller's own.
    pub connections: bool,
}

impl DirectoryFilter {
    pub fn from_query(
        q: &str,
        section: &str,
        park: &str,
        band: &str,
        sort: &str,
        page: &str,
        connections: &str,
    ) -> Self {
        let section = section.trim().chars().next().map(|c| c.to_ascii_uppercase());
        Self {
            terms: company::search_terms(q),
            section: section.filter(|c| naf::section(*c).is_some()),
            park: Some(park.trim()).filter(|p| !p.is_empty() && p.len() <= 120).map(str::to_string),
            band: HEADCOUNT_BANDS.iter().find(|(code, _, _)| *code == band.trim()).map(|b| b.0),
            sort: if sort == "recent" { Sort::Newest } else { Sort::Name },
            page: page.trim().parse::<u64>().ok().filter(|p| *p >= 1).unwrap_or(1),
            connections: !connections.trim().is_empty(),
        }
    }
}

/// `%` and `_` mean themselves inside a search word.
fn contains_pattern(term: &str) -> LikeExpr {
    let escaped = term.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    LikeExpr::new(format!("%{escaped}%")).escape('\\')
}

/// The directory page: two queries (count and page) whatever the number of results.
pub async fn search(
    db: &DatabaseConnection,
    viewer: Option<&CurrentUser>,
    filter: &DirectoryFilter,
) -> Result<DirectoryPage, AppError> {
    let full = viewer.is_some_and(|v| v.viewer().is_active());
    let mut condition = Condition::all().add(
        companies::Column::Status
            .is_in([CompanyStatus::Approved.as_str(), CompanyStatus::Unclaimed.as_str()]),
    );
    for term in &filter.terms {
        condition = condition.add(companies::Column::SearchText.like(contains_pattern(term)));
    }
    if let Some(section) = filter.section {
        condition = condition.add(companies::Column::NafSection.eq(section.to_string()));
    }
    if let Some(band) = filter.band {
        condition = condition.add(companies::Column::HeadcountBand.eq(band));
    }
    if let Some(park) = &filter.park {
        condition = condition.add(business_parks::Column::Slug.eq(park.as_str()));
    }
    if filter.connections {
        // Visitors have no connections; members see those of the companies they belong to.
        let ids: Vec<i32> = match viewer.filter(|_| full) {
            Some(me) => memberships(db, me.user.id).await?.iter().map(|(c, _)| c.id).collect(),
            None => Vec::new(),
        };
        let connected = super::connections::connected_ids(db, &ids).await?;
        condition = condition.add(companies::Column::Id.is_in(connected));
    }
    let mut select =
        companies::Entity::find().find_also_related(business_parks::Entity).filter(condition);
    select = match filter.sort {
        Sort::Name => select.order_by_asc(companies::Column::SearchText),
        Sort::Newest => select.order_by_desc(companies::Column::CreatedAt),
    }
    .order_by_asc(companies::Column::Id);
    let paginator = select.paginate(db, PAGE_SIZE);
    let total = paginator.num_items().await?;
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = filter.page.min(pages);
    let rows = paginator.fetch_page(page - 1).await?;
    let items =
        rows.into_iter().map(|(company, park)| card(&company, park.as_ref(), full)).collect();
    Ok(DirectoryPage { items, total, page, pages, full })
}

pub fn card(
    company: &companies::Model,
    park: Option<&business_parks::Model>,
    full: bool,
) -> CompanyCard {
    CompanyCard {
        slug: company.slug.clone(),
        name: display_name(company),
        logo_url: logo_url(company, 64),
        naf_code: company.naf_code.clone(),
        section: company.naf_section.as_deref().and_then(|s| s.chars().next()),
        park_name: park.map(|p| p.name.clone()),
        status: status_of(company),
        excerpt: full.then(|| markdown::excerpt(&company.description, 180)),
        headcount_band: if full { company.headcount_band.clone() } else { None },
        address: if full { company.address.clone() } else { None },
    }
}

pub async fn park_options(db: &impl ConnectionTrait) -> Result<Vec<ParkOption>, AppError> {
    Ok(business_parks::Entity::find()
        .order_by_asc(business_parks::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|p| ParkOption { slug: p.slug, name: p.name })
        .collect())
}

/// The folded text the directory searches, display name first so that it also sorts by name.
pub fn search_text(company: &companies::Model, park: Option<&str>) -> String {
    search_text_of(
        &display_name(company),
        &company.legal_name,
        company.naf_code.as_deref(),
        park,
        &company.description,
    )
}

pub fn search_text_of(
    display_name: &str,
    legal_name: &str,
    naf_code: Option<&str>,
    park: Option<&str>,
    description: &str,
) -> String {
    let mut parts = vec![display_name.to_string(), legal_name.to_string()];
    if let Some(naf) = naf_code.and_then(|c| NafCode::parse(c).ok()) {
        parts.push(naf.section().label_fr.to_string());
        if let Some(division) = naf::division(naf.division()) {
            parts.push(division.label_fr.to_string());
        }
        parts.push(naf.as_str().to_string());
    }
    if let Some(park) = park {
        parts.push(park.to_string());
    }
    parts.push(markdown::excerpt(description, 4000));
    fold_for_search(&parts.join(" "))
}

/// Fills the search text of companies that lack it (rows written before it existed).
pub async fn reindex_missing(db: &DatabaseConnection) -> Result<u64, sea_orm::DbErr> {
    let rows = companies::Entity::find()
        .find_also_related(business_parks::Entity)
        .filter(companies::Column::SearchText.eq(""))
        .all(db)
        .await?;
    let count = rows.len() as u64;
    for (company, park) in rows {
        let text = search_text(&company, park.as_ref().map(|p| p.name.as_str()));
        companies::Entity::update_many()
            .col_expr(companies::Column::SearchText, Expr::value(text))
            .filter(companies::Column::Id.eq(company.id))
            .exec(db)
            .await?;
    }
    Ok(count)
}

// ---------------------------------------------------------------------------------- a company

/// Reads `id` again inside a write transaction, locked until commit on PostgreSQL (SQLite's
/// IMMEDIATE transactions already run one at a time), so that decisions about one company — its
/// owners, its approval — take turns instead of racing.
pub async fn lock(txn: &impl ConnectionTrait, id: i32) -> Result<companies::Model, AppError> {
    companies::Entity::find_by_id(id).lock_exclusive().one(txn).await?.ok_or(AppError::NotFound)
}

pub async fn find_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<companies::Model, AppError> {
    if slug.len() > 160 {
        return Err(AppError::NotFound);
    }
    companies::Entity::find()
        .filter(companies::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn role_in(
    db: &impl ConnectionTrait,
    company_id: i32,
    user_id: i32,
) -> Result<Option<MemberRole>, AppError> {
    Ok(company_members::Entity::find()
        .filter(company_members::Column::CompanyId.eq(company_id))
        .filter(company_members::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .and_then(|m| MemberRole::parse(&m.role)))
}

/// The caller, allowed `action` on `company` by the policy, with their role in it.
pub async fn authorize(
    db: &impl ConnectionTrait,
    me: Option<&CurrentUser>,
    company: &companies::Model,
    action: CompanyAction,
) -> Result<(CurrentUser, Option<MemberRole>), AppError> {
    let role = match me {
        Some(me) => role_in(db, company.id, me.user.id).await?,
        None => None,
    };
    let viewer = me.map(CurrentUser::viewer);
    permissions::check_company(viewer.as_ref(), role, status_of(company), action)
        .map_err(AppError::Denied)?;
    let me = me.cloned().ok_or(AppError::Denied(Denial::SignInRequired))?;
    Ok((me, role))
}

/// Whether the caller may see a company that is not in the directory.
fn may_see_unlisted(me: Option<&CurrentUser>, role: Option<MemberRole>) -> bool {
    role.is_some() || me.is_some_and(|m| m.viewer().is_admin())
}

pub async fn company_view(slug: &str, me: Option<&CurrentUser>) -> Result<CompanyView, AppError> {
    let state = auth::state()?;
    let db = &state.db;
    let (company, park) = companies::Entity::find()
        .filter(companies::Column::Slug.eq(slug))
        .find_also_related(business_parks::Entity)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let status = status_of(&company);
    let role = match me {
        Some(me) => role_in(db, company.id, me.user.id).await?,
        None => None,
    };
    if !status.listed() && !may_see_unlisted(me, role) {
        return Err(AppError::NotFound);
    }
    let viewer = me.map(CurrentUser::viewer);
    let full = viewer.is_some_and(|v| v.is_active());
    let people = if full {
        company_members::Entity::find()
            .filter(company_members::Column::CompanyId.eq(company.id))
            .find_also_related(users::Entity)
            .all(db)
            .await?
            .into_iter()
            .filter_map(|(m, u)| {
                let u = u?;
                Some(PersonCard {
                    id: u.id,
                    name: format!("{} {}", u.first_name, u.last_name),
                    job_title: u.job_title,
                    photo_url: u.photo_key.as_deref().map(|k| uploads::url(k, 64)),
                    role: MemberRole::parse(&m.role).unwrap_or(MemberRole::Member),
                })
            })
            .collect::<Vec<_>>()
    } else {
        Vec::new()
    };
    let mut people = people;
    people.sort_by(|a, b| a.role.cmp(&b.role).then_with(|| a.name.cmp(&b.name)));

    let pending_request = match me {
        Some(me) if role.is_none() => {
            company_requests::Entity::find()
                .filter(company_requests::Column::CompanyId.eq(company.id))
                .filter(company_requests::Column::UserId.eq(me.user.id))
                .filter(company_requests::Column::Status.eq("pending"))
                .count(db)
                .await?
                > 0
        }
        _ => false,
    };
    let (connect, connect_locked) = match me {
        Some(me) if full => super::connections::options_for(db, me, &company).await?,
        _ => (Vec::new(), None),
    };
    let connections = if full && status == CompanyStatus::Approved {
        super::connections::connections_of(db, company.id, request_locale()).await?
    } else {
        Vec::new()
    };
    let check = |action| permissions::check_company(viewer.as_ref(), role, status, action);
    let ask = permissions::check(viewer.as_ref(), Capability::RegisterCompany);
    let actions = CompanyActions {
        role,
        edit: check(CompanyAction::Edit),
        manage_team: check(CompanyAction::ManageTeam),
        publish: check(CompanyAction::Publish),
        claim: (status == CompanyStatus::Unclaimed && role.is_none()).then_some(ask),
        join: (status == CompanyStatus::Approved && role.is_none()).then_some(ask),
        request_pending: pending_request,
        connect,
        connect_locked,
    };
    let insider = may_see_unlisted(me, role);
    Ok(CompanyView {
        name: display_name(&company),
        logo_url: logo_url(&company, 160),
        section: company.naf_section.as_deref().and_then(|s| s.chars().next()),
        park: park.map(|p| ParkOption { slug: p.slug, name: p.name }),
        full,
        siret: full.then(|| company.siret.clone()).flatten(),
        siren: full.then(|| company.siren.clone()).flatten(),
        legal_form: full.then(|| company.legal_form.clone()).flatten(),
        headcount_band: full.then(|| company.headcount_band.clone()).flatten(),
        year_founded: full.then_some(company.year_founded).flatten(),
        address: full.then(|| company.address.clone()).flatten(),
        description_html: if full {
            markdown::to_safe_html(&company.description)
        } else {
            String::new()
        },
        website: full.then(|| company.website.clone()).flatten(),
        phone: full.then(|| company.phone.clone()).flatten(),
        public_email: full.then(|| company.public_email.clone()).flatten(),
        rejection_reason: insider.then(|| company.rejection_reason.clone()).flatten(),
        people,
        connections,
        actions,
        slug: company.slug,
        legal_name: company.legal_name,
        trade_name: company.trade_name,
        status,
        naf_code: company.naf_code,
    })
}

pub async fn form_values(slug: &str) -> Result<CompanyFormValues, AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let company = find_by_slug(&state.db, slug).await?;
    authorize(&state.db, me.as_ref(), &company, CompanyAction::Edit).await?;
    let park = match company.business_park_id {
        Some(id) => business_parks::Entity::find_by_id(id).one(&state.db).await?.map(|p| p.slug),
        None => None,
    };
    Ok(CompanyFormValues {
        legal_name: company.legal_name,
        trade_name: company.trade_name.unwrap_or_default(),
        siret: company
            .siret
            .as_deref()
            .and_then(|s| Siret::parse(s).ok())
            .map(|s| s.grouped())
            .unwrap_or_default(),
        naf_code: company.naf_code.unwrap_or_default(),
        legal_form: company.legal_form.unwrap_or_default(),
        headcount_band: company.headcount_band.unwrap_or_default(),
        year_founded: company.year_founded.map(|y| y.to_string()).unwrap_or_default(),
        address: company.address.unwrap_or_default(),
        business_park: park.unwrap_or_default(),
        description: company.description,
        website: company.website.unwrap_or_default(),
        phone: company.phone.unwrap_or_default(),
        public_email: company.public_email.unwrap_or_default(),
    })
}

// ------------------------------------------------------------------------------ the company form

/// A company form that passed every check.
#[derive(Clone, Debug)]
pub struct ValidCompany {
    pub legal_name: String,
    pub trade_name: Option<String>,
    pub siret: Siret,
    pub naf: NafCode,
    pub legal_form: Option<&'static str>,
    pub headcount_band: Option<&'static str>,
    pub year_founded: Option<i32>,
    pub address: Option<String>,
    pub park: Option<business_parks::Model>,
    pub description: String,
    pub website: Option<String>,
    pub phone: Option<String>,
    pub public_email: Option<String>,
}

fn naf_message(err: naf::NafCodeError, french: bool) -> &'static str {
    use naf::NafCodeError::*;
    match (err, french) {
        (Empty, true) => "Indiquez le code NAF (APE) de l'entreprise, par exemple 10.71C.",
        (Empty, false) => "Enter the company's NAF (APE) code, for example 10.71C.",
        (Format, true) => "Le code NAF s'écrit avec 4 chiffres et une lettre, par exemple 10.71C.",
        (Format, false) => "A NAF code has 4 digits and a letter, for example 10.71C.",
        (UnknownDivision, true) => {
            "Ce code NAF ne correspond à aucune division de la NAF rév. 2 : vérifiez les deux premiers chiffres."
        }
        (UnknownDivision, false) => {
            "This NAF code matches no division of NAF rev. 2: check the first two digits."
        }
    }
}

/// Checks every field, keeping all typed values for the form to show again.
pub async fn validate(
    db: &impl ConnectionTrait,
    values: &CompanyFormValues,
    locale: Locale,
) -> Result<ValidCompany, AppError> {
    let fr = french(locale);
    let mut form = typed_values(values);
    let mut field = |name: &str, result: Result<(), String>| {
        if let Err(message) = result {
            form.add(name, message);
        }
    };
    let msg = |e: FieldError| e.message(fr);

    let legal_name = company::required_text(&values.legal_name, COMPANY_NAME_MAX_CHARS);
    field("legal_name", legal_name.as_ref().map(|_| ()).map_err(|e| msg(*e)));
    let trade_name = company::optional_text(&values.trade_name, COMPANY_NAME_MAX_CHARS);
    field("trade_name", trade_name.as_ref().map(|_| ()).map_err(|e| msg(*e)));
    let siret = Siret::parse(&values.siret);
    field("siret", siret.as_ref().map(|_| ()).map_err(|e| e.message(fr).to_string()));
    let naf = NafCode::parse(&values.naf_code);
    field("naf_code", naf.as_ref().map(|_| ()).map_err(|e| naf_message(*e, fr).to_string()));
    let legal_form = company::parse_choice(&values.legal_form, &LEGAL_FORMS);
    field("legal_form", legal_form.map(|_| ()).map_err(msg));
    let band = company::parse_choice(&values.headcount_band, &HEADCOUNT_BANDS);
    field("headcount_band", band.map(|_| ()).map_err(msg));
    let year = company::parse_year(&values.year_founded, Utc::now().year());
    field("year_founded", year.map(|_| ()).map_err(msg));
    let address = company::optional_text(&values.address, ADDRESS_MAX_CHARS);
    field("address", address.as_ref().map(|_| ()).map_err(|e| msg(*e)));
    let description = company::optional_text(&values.description, DESCRIPTION_MAX_CHARS);
    field("description", description.as_ref().map(|_| ()).map_err(|e| msg(*e)));
    let website = company::parse_website(&values.website);
    field("website", website.as_ref().map(|_| ()).map_err(|e| msg(*e)));
    let phone = company::parse_phone(&values.phone);
    field("phone", phone.as_ref().map(|_| ()).map_err(|e| msg(*e)));
    let email = match values.public_email.trim() {
        "" => Ok(None),
        raw => Email::parse(raw).map(|e| Some(e.into_string())),
    };
    field("public_email", email.as_ref().map(|_| ()).map_err(|e| e.message(fr).to_string()));

    let park_slug = values.business_park.trim();
    let park = if park_slug.is_empty() {
        None
    } else {
        let found = business_parks::Entity::find()
            .filter(business_parks::Column::Slug.eq(park_slug))
            .one(db)
            .await?;
        if found.is_none() {
            form.add("business_park", msg(FieldError::UnknownChoice));
        }
        found
    };
    if !form.is_empty() {
        return Err(AppError::Invalid(form));
    }
    let (Ok(legal_name), Ok(trade_name), Ok(siret), Ok(naf)) = (legal_name, trade_name, siret, naf)
    else {
        return Err(AppError::Internal);
    };
    Ok(ValidCompany {
        legal_name,
        trade_name,
        siret,
        naf,
        legal_form: legal_form.unwrap_or_default(),
        headcount_band: band.unwrap_or_default(),
        year_founded: year.unwrap_or_default(),
        address: address.unwrap_or_default(),
        park,
        description: description.unwrap_or_default().unwrap_or_default(),
        website: website.unwrap_or_default(),
        phone: phone.unwrap_or_default(),
        public_email: email.unwrap_or_default(),
    })
}

/// Everything typed in a company form, to put back in it when it is refused.
pub fn typed_values(values: &CompanyFormValues) -> FormErrors {
    let mut form = FormErrors::default();
    for (field, value) in [
        ("legal_name", &values.legal_name),
        ("trade_name", &values.trade_name),
        ("siret", &values.siret),
        ("naf_code", &values.naf_code),
        ("legal_form", &values.legal_form),
        ("headcount_band", &values.headcount_band),
        ("year_founded", &values.year_founded),
        ("address", &values.address),
        ("business_park", &values.business_park),
        ("website", &values.website),
        ("phone", &values.phone),
        ("public_email", &values.public_email),
    ] {
        form.keep(field, value);
    }
    // Descriptions are longer than other values: keep them whole (within their limit).
    form.values.push((
        "description".into(),
        values.description.chars().take(DESCRIPTION_MAX_CHARS + 100).collect(),
    ));
    form
}

/// Refuses a SIRET another page already has, saying what to do instead.
async fn refuse_duplicate_siret(
    db: &impl ConnectionTrait,
    siret: &Siret,
    except: Option<i32>,
    values: &CompanyFormValues,
    locale: Locale,
) -> Result<(), AppError> {
    let mut query = companies::Entity::find().filter(companies::Column::Siret.eq(siret.as_str()));
    if let Some(id) = except {
        query = query.filter(companies::Column::Id.ne(id));
    }
    let Some(existing) = query.one(db).await? else { return Ok(()) };
    let name = display_name(&existing);
    // Only pages in the directory, or made by the town hall to be claimed, are named and linked:
    // a page waiting for the town hall, refused or archived stays private to its people.
    let (action, message) = match (status_of(&existing), french(locale)) {
        (CompanyStatus::Unclaimed, true) => ("claim", format!(
            "Ce SIRET est déjà celui de « {name} », une page créée par la mairie et que personne ne gère encore : revendiquez-la plutôt que d'en créer une autre."
        )),
        (CompanyStatus::Unclaimed, false) => ("claim", format!(
            "This SIRET already belongs to “{name}”, a page the town hall created that nobody runs yet: claim it instead of creating another."
        )),
        (CompanyStatus::Approved, true) => ("join", format!(
            "Ce SIRET est déjà celui de « {name} » sur le réseau : demandez à rejoindre son équipe plutôt que de créer une autre page."
        )),
        (CompanyStatus::Approved, false) => ("join", format!(
            "This SIRET already belongs to “{name}” on the network: ask to join its team instead of creating another page."
        )),
        (CompanyStatus::Archived, true) => ("", "Ce SIRET est celui d'une entreprise que la mairie a archivée. Si elle a repris son activité, contactez la mairie pour la rouvrir.".to_string()),
        (CompanyStatus::Archived, false) => ("", "This SIRET belongs to a company the town hall archived. If it is trading again, contact the town hall to reopen it.".to_string()),
        (_, true) => ("", "Ce SIRET a déjà été inscrit par quelqu'un d'autre et attend la décision de la mairie. Si c'est votre entreprise, demandez à la personne qui l'a inscrite de vous inviter dans son équipe, ou contactez la mairie.".to_string()),
        (_, false) => ("", "This SIRET was already registered by someone else and awaits the town hall's decision. If it is your company, ask whoever registered it to invite you to its team, or contact the town hall.".to_string()),
    };
    let mut form = typed_values(values);
    form.add("siret", message);
    if !action.is_empty() {
        // Read by the form to offer the right link.
        form.keep("existing_company", &existing.slug);
        form.keep("existing_action", action);
    }
    Err(AppError::Invalid(form))
}

pub fn apply(active: &mut companies::ActiveModel, valid: &ValidCompany) {
    active.legal_name = Set(valid.legal_name.clone());
    active.trade_name = Set(valid.trade_name.clone());
    active.siret = Set(Some(valid.siret.as_str().to_string()));
    active.siren = Set(Some(valid.siret.siren().to_string()));
    active.naf_code = Set(Some(valid.naf.as_str().to_string()));
    active.naf_section = Set(Some(valid.naf.section().code.to_string()));
    active.legal_form = Set(valid.legal_form.map(str::to_string));
    active.headcount_band = Set(valid.headcount_band.map(str::to_string));
    active.year_founded = Set(valid.year_founded);
    active.address = Set(valid.address.clone());
    active.business_park_id = Set(valid.park.as_ref().map(|p| p.id));
    active.description = Set(valid.description.clone());
    active.website = Set(valid.website.clone());
    active.phone = Set(valid.phone.clone());
    active.public_email = Set(valid.public_email.clone());
}

/// A slug no other company has: the name's, or the name's with `-2`, `-3`…
pub async fn free_slug(db: &impl ConnectionTrait, name: &str) -> Result<String, AppError> {
    let base = match company::slugify(name) {
        s if s.is_empty() => "entreprise".to_string(),
        s => s,
    };
    let taken: Vec<String> = companies::Entity::find()
        .select_only()
        .column(companies::Column::Slug)
        .filter(companies::Column::Slug.starts_with(base.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    if !taken.contains(&base) {
        return Ok(base);
    }
    Ok((2..).map(|k| format!("{base}-{k}")).find(|c| !taken.contains(c)).unwrap_or(base))
}

pub fn reindex(active: &mut companies::ActiveModel, valid: &ValidCompany) {
    let display = valid.trade_name.as_deref().unwrap_or(&valid.legal_name);
    active.search_text = Set(search_text_of(
        display,
        &valid.legal_name,
        Some(valid.naf.as_str()),
        valid.park.as_ref().map(|p| p.name.as_str()),
        &valid.description,
    ));
}

/// A member registers a company; it waits for the town hall with the member as its owner.
pub async fn register(values: CompanyFormValues) -> Result<String, AppError> {
    let state = auth::state()?;
    let me = auth::require(Capability::RegisterCompany).await?;
    let locale = request_locale();
    let valid = validate(&state.db, &values, locale).await?;
    refuse_duplicate_siret(&state.db, &valid.siret, None, &values, locale).await?;
    rate_limit::hit(
        &state.db,
        &[(format!("register_company:user:{}", me.user.id), rate_limit::STRICT)],
    )
    .await?;
    let user_id = me.user.id;
    let name = valid.trade_name.clone().unwrap_or_else(|| valid.legal_name.clone());
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let now = Utc::now();
            let slug = free_slug(txn, &name).await?;
            let mut active = companies::ActiveModel {
                slug: Set(slug.clone()),
                status: Set(CompanyStatus::Pending.as_str().into()),
                created_at: Set(now),
                updated_at: Set(now),
                submitted_at: Set(Some(now)),
                ..Default::default()
            };
            apply(&mut active, &valid);
            reindex(&mut active, &valid);
            let company = active.insert(txn).await.map_err(|e| unique_or(e, &values, locale))?;
            company_members::ActiveModel {
                company_id: Set(company.id),
                user_id: Set(user_id),
                role: Set(MemberRole::Owner.as_str().into()),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            Ok::<_, AppError>(slug)
        })
    })
    .await
}

/// Two registrations of one SIRET racing each other: the loser gets the form error too.
fn unique_or(err: sea_orm::DbErr, values: &CompanyFormValues, locale: Locale) -> AppError {
    if matches!(err.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) {
        let mut form = FormErrors::default();
        form.keep("legal_name", &values.legal_name);
        form.keep("siret", &values.siret);
        form.add(
            "siret",
            if french(locale) {
                "Ce SIRET vient d'être inscrit par quelqu'un d'autre : cherchez l'entreprise dans l'annuaire."
            } else {
                "This SIRET was just registered by someone else: look the company up in the directory."
            },
        );
        return AppError::Invalid(form);
    }
    AppError::from(err)
}

/// Saves a company's page. A member who changes the SIRET of an approved company sends it back to
/// the town hall: the number is what the town checked.
pub async fn update(slug: &str, values: CompanyFormValues) -> Result<String, AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let company = find_by_slug(&state.db, slug).await?;
    let (me, _) = authorize(&state.db, me.as_ref(), &company, CompanyAction::Edit).await?;
    let locale = request_locale();
    let valid = validate(&state.db, &values, locale).await?;
    refuse_duplicate_siret(&state.db, &valid.siret, Some(company.id), &values, locale).await?;
    let siret_changed = company.siret.as_deref() != Some(valid.siret.as_str());
    let back_to_review =
        siret_changed && !me.viewer().is_admin() && status_of(&company) == CompanyStatus::Approved;
    let slug = company.slug.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let mut active: companies::ActiveModel = company.into();
            apply(&mut active, &valid);
            reindex(&mut active, &valid);
            active.updated_at = Set(Utc::now());
            if back_to_review {
                active.status = Set(CompanyStatus::Pending.as_str().into());
                active.submitted_at = Set(Some(Utc::now()));
            }
            active.update(txn).await.map_err(|e| unique_or(e, &values, locale))?;
            Ok::<_, AppError>(())
        })
    })
    .await?;
    Ok(slug)
}

/// A rejected company, corrected, goes back to the town hall.
pub async fn resubmit(slug: &str) -> Result<(), AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let company = find_by_slug(&state.db, slug).await?;
    authorize(&state.db, me.as_ref(), &company, CompanyAction::Edit).await?;
    if status_of(&company) != CompanyStatus::Rejected {
        return Err(AppError::Denied(Denial::NothingToDo));
    }
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let mut active: companies::ActiveModel = company.into();
            active.status = Set(CompanyStatus::Pending.as_str().into());
            active.submitted_at = Set(Some(Utc::now()));
            active.update(txn).await?;
            Ok::<_, AppError>(())
        })
    })
    .await
}

pub const REQUEST_MESSAGE_MAX_CHARS: usize = 1000;

/// A claim of an unclaimed page (for the town hall) or a request to join a run one (for its owners).
pub async fn request(slug: &str, kind: &'static str, message: &str) -> Result<(), AppError> {
    let state = auth::state()?;
    let me = auth::require(Capability::RegisterCompany).await?;
    let company = find_by_slug(&state.db, slug).await?;
    let status = status_of(&company);
    let fitting = match kind {
        "claim" => status == CompanyStatus::Unclaimed,
        _ => status == CompanyStatus::Approved,
    };
    if !fitting {
        return Err(AppError::Denied(Denial::NothingToDo));
    }
    if role_in(&state.db, company.id, me.user.id).await?.is_some() {
        return Err(AppError::Denied(Denial::NothingToDo));
    }
    let locale = request_locale();
    let message = company::optional_text(message, REQUEST_MESSAGE_MAX_CHARS).map_err(|e| {
        let mut form = FormErrors::default();
        form.keep_text("message", message, REQUEST_MESSAGE_MAX_CHARS);
        form.add("message", e.message(french(locale)));
        AppError::Invalid(form)
    })?;
    let user_id = me.user.id;
    let company_id = company.id;
    let st = state.clone();
    let requester = me.user.clone();
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            let already = company_requests::Entity::find()
                .filter(company_requests::Column::CompanyId.eq(company_id))
                .filter(company_requests::Column::UserId.eq(user_id))
                .filter(company_requests::Column::Status.eq("pending"))
                .count(txn)
                .await?;
            if already > 0 {
                return Ok(());
            }
            company_requests::ActiveModel {
                company_id: Set(company_id),
                user_id: Set(user_id),
                kind: Set(kind.into()),
                message: Set(message.unwrap_or_default()),
                status: Set("pending".into()),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            if kind == "join" {
                notify_owners_of_join(&st, txn, &company, &requester).await?;
            }
            Ok::<_, AppError>(())
        })
    })
    .await
}

async fn notify_owners_of_join(
    state: &AppState,
    txn: &impl ConnectionTrait,
    company: &companies::Model,
    requester: &users::Model,
) -> Result<(), AppError> {
    let owners = company_members::Entity::find()
        .filter(company_members::Column::CompanyId.eq(company.id))
        .filter(company_members::Column::Role.eq(MemberRole::Owner.as_str()))
        .find_also_related(users::Entity)
        .all(txn)
        .await?;
    let link = format!("{}/entreprises/{}/equipe", state.config.public_url, company.slug);
    for (_, owner) in owners {
        let Some(owner) = owner else { continue };
        let locale: Locale = owner.locale.parse().unwrap_or_default();
        let mail = templates::join_request(
            locale,
            &state.config.site_name,
            &owner.email,
            &owner.first_name,
            &format!("{} {}", requester.first_name, requester.last_name),
            &display_name(company),
            &link,
        );
        state.mailer.send(txn, &state.db, mail).await?;
    }
    Ok(())
}

pub async fn my_companies() -> Result<MyCompanies, AppError> {
    let state = auth::state()?;
    let me = auth::require(Capability::ManageOwnAccount).await?;
    let companies = company_members::Entity::find()
        .filter(company_members::Column::UserId.eq(me.user.id))
        .find_also_related(companies::Entity)
        .all(&state.db)
        .await?
        .into_iter()
        .filter_map(|(m, c)| {
            let c = c?;
            Some(MyCompany {
                name: display_name(&c),
                status: status_of(&c),
                role: MemberRole::parse(&m.role).unwrap_or(MemberRole::Member),
                rejection_reason: c.rejection_reason.clone(),
                slug: c.slug,
            })
        })
        .collect();
    let locale = request_locale();
    let requests = company_requests::Entity::find()
        .filter(company_requests::Column::UserId.eq(me.user.id))
        .order_by_desc(company_requests::Column::CreatedAt)
        .find_also_related(companies::Entity)
        .limit(20)
        .all(&state.db)
        .await?
        .into_iter()
        .filter_map(|(r, c)| {
            let c = c?;
            Some(MyRequest {
                id: r.id,
                company: display_name(&c),
                slug: c.slug,
                kind: r.kind,
                status: r.status,
                decision_reason: r.decision_reason,
                created_at: crate::server::services::dates::date(r.created_at, locale),
            })
        })
        .collect();
    Ok(MyCompanies {
        companies,
        requests,
        register: permissions::check(Some(&me.viewer()), Capability::RegisterCompany),
    })
}

/// The members of a company that a signed-in member's role lets them act for.
pub async fn memberships(
    db: &impl ConnectionTrait,
    user_id: i32,
) -> Result<Vec<(companies::Model, MemberRole)>, AppError> {
    Ok(company_members::Entity::find()
        .filter(company_members::Column::UserId.eq(user_id))
        .find_also_related(companies::Entity)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(m, c)| Some((c?, MemberRole::parse(&m.role)?)))
        .collect())
}

/// The locale a user reads e-mails in.
pub fn locale_of(user: &users::Model) -> Locale {
    user.locale.parse().unwrap_or_default()
}
