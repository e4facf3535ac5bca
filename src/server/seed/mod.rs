//! Demo data: a believable Roncq, loaded by `rer seed --demo`. Not a migration: a real town starts
//! empty.

pub mod announcements;
pub mod bench;
pub mod data;

use std::{collections::HashMap, fmt};

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, DatabaseConnection, DbErr, QueryOrder, QuerySelect, entity::prelude::*,
};

use self::data::{DemoCompanyStatus, ParkStatus};
use crate::{
    domain::{company::CompanyStatus, naf::NafCode},
    server::{
        auth::password,
        db,
        entities::{
            business_parks, companies, company_connections, company_members, post_comments,
            post_reactions, posts, users,
        },
        services::companies::search_text_of,
    },
};

#[derive(Debug, PartialEq, Eq)]
pub enum SeedReport {
    Loaded { parks: usize, companies: usize, people: usize },
    AlreadyFilled,
}

impl fmt::Display for SeedReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Loaded { parks, companies, people } => write!(
                f,
                "demo data loaded: {parks} business parks, {companies} companies, {people} people; \
                 town-hall administrator {DEMO_ADMIN_EMAIL} (password: {DEMO_ADMIN_PASSWORD}); \
                 members {DEMO_OWNER_EMAIL} (owner of an approved company), {DEMO_PENDING_EMAIL} \
                 (company awaiting approval) and {DEMO_NEWCOMER_EMAIL} (no company yet), password: \
                 {DEMO_MEMBER_PASSWORD}"
            ),
            Self::AlreadyFilled => write!(f, "the database already holds data; demo data left out"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("the database already holds data; demo data only goes into an empty database")]
    NotEmpty,
    #[error("cannot hash the demo password: {0}")]
    Hash(String),
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// Demo members who can sign in, one per situation the guided tour knows: the owner of an approved
/// company, the owner of a company waiting for the town hall, and a member without a company.
pub const DEMO_OWNER_EMAIL: &str = "responsable@demo.roncq.example";
pub const DEMO_PENDING_EMAIL: &str = "en-attente@demo.roncq.example";
pub const DEMO_NEWCOMER_EMAIL: &str = "nouveau@demo.roncq.example";
pub const DEMO_MEMBER_PASSWORD: &str = "demo reseau de Roncq";

/// Gives the demo personas their addresses; returns them.
fn give_personas(demo: &mut data::DemoData) -> [&'static str; 3] {
    let owner_of = |status: DemoCompanyStatus, demo: &data::DemoData| {
        demo.people.iter().position(|p| {
            p.company_role == "owner"
                && p.company.is_some_and(|c| demo.companies[c].status == status)
        })
    };
    let picks = [
        (owner_of(DemoCompanyStatus::Approved, demo), DEMO_OWNER_EMAIL),
        (owner_of(DemoCompanyStatus::Pending, demo), DEMO_PENDING_EMAIL),
        (demo.people.iter().position(|p| p.company.is_none()), DEMO_NEWCOMER_EMAIL),
    ];
    for (index, email) in picks {
        if let Some(index) = index {
            demo.people[index].email = email.to_string();
        }
    }
    [DEMO_OWNER_EMAIL, DEMO_PENDING_EMAIL, DEMO_NEWCOMER_EMAIL]
}

/// The demo town hall's administrator, to try the back office of a demo installation.
pub const DEMO_ADMIN_EMAIL: &str = "mairie@roncq.example";
pub const DEMO_ADMIN_PASSWORD: &str = "demo mairie de Roncq";

/// Loads the demo data set in one transaction. With `if_empty`, a database that already holds
/// companies is left as it is.
pub async fn seed_demo(db: &DatabaseConnection, if_empty: bool) -> Result<SeedReport, SeedError> {
    if companies::Entity::find().count(db).await? > 0 || users::Entity::find().count(db).await? > 0
    {
        return if if_empty { Ok(SeedReport::AlreadyFilled) } else { Err(SeedError::NotEmpty) };
    }
    let mut demo = data::generate();
    let personas = give_personas(&mut demo);
    let admin_hash = password::hash_password(DEMO_ADMIN_PASSWORD.to_string())
        .await
        .map_err(|e| SeedError::Hash(e.to_string()))?;
    let member_hash = password::hash_password(DEMO_MEMBER_PASSWORD.to_string())
        .await
        .map_err(|e| SeedError::Hash(e.to_string()))?;
    db::write(db, |txn| {
        Box::pin(async move {
            let now = Utc::now();

            let mut park_ids = Vec::with_capacity(demo.parks.len());
            for park in &demo.parks {
                let inserted = business_parks::ActiveModel {
                    slug: Set(park.slug.clone()),
                    name: Set(park.name.clone()),
                    area_hectares: Set(park.area_hectares),
                    status: Set(park_status(park.status).into()),
                    main_activity: Set(park.main_activity.clone()),
                    description: Set(park.description.clone()),
                    created_at: Set(now - Duration::days(800)),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
                park_ids.push(inserted.id);
            }

            let company_rows: Vec<companies::ActiveModel> = demo
                .companies
                .iter()
                .chain(&demo.unclaimed)
                .map(|c| {
                    let created = now - Duration::days(i64::from(c.registered_days_ago));
                    let approved = matches!(c.status, DemoCompanyStatus::Approved);
                    let status = match c.status {
                        DemoCompanyStatus::Approved => CompanyStatus::Approved,
                        DemoCompanyStatus::Pending => CompanyStatus::Pending,
                        DemoCompanyStatus::Unclaimed => CompanyStatus::Unclaimed,
                    };
                    let park_name = c.park.map(|i| demo.parks[i].name.as_str());
                    let display = c.trade_name.as_deref().unwrap_or(&c.legal_name);
                    let search_text = search_text_of(
                        display,
                        &c.legal_name,
                        Some(&c.naf_code),
                        park_name,
                        &c.description,
                    );
                    let naf = NafCode::parse(&c.naf_code).ok();
                    companies::ActiveModel {
                        slug: Set(c.slug.clone()),
                        legal_name: Set(c.legal_name.clone()),
                        trade_name: Set(c.trade_name.clone()),
                        siret: Set(Some(c.siret.clone())),
                        siren: Set(Some(c.siret[..9].to_string())),
                        naf_code: Set(naf.as_ref().map(|n| n.as_str().to_string())),
                        naf_section: Set(naf.as_ref().map(|n| n.section().code.to_string())),
                        legal_form: Set(Some(c.legal_form.to_string())),
                        headcount_band: Set(Some(c.headcount_band.to_string())),
                        year_founded: Set(Some(c.year_founded)),
                        address: Set(Some(c.address.clone())),
                        business_park_id: Set(c.park.map(|i| park_ids[i])),
                        description: Set(c.description.clone()),
                        website: Set(c.website.clone()),
                        phone: Set(Some(c.phone.clone())),
                        public_email: Set(c.public_email.clone()),
                        status: Set(status.as_str().into()),
                        created_at: Set(created),
                        updated_at: Set(created),
                        approved_at: Set(approved.then(|| created + Duration::hours(20))),
                        submitted_at: Set((status == CompanyStatus::Pending).then_some(created)),
                        reviewed_at: Set(approved.then(|| created + Duration::hours(20))),
                        search_text: Set(search_text),
                        ..Default::default()
                    }
                })
                .collect();
            for chunk in company_rows.chunks(200) {
                companies::Entity::insert_many(chunk.to_vec()).exec(txn).await?;
            }
            let company_ids: HashMap<String, i32> = companies::Entity::find()
                .select_only()
                .column(companies::Column::Slug)
                .column(companies::Column::Id)
                .into_tuple::<(String, i32)>()
                .all(txn)
                .await?
                .into_iter()
                .collect();

            let user_rows: Vec<users::ActiveModel> = demo
                .people
                .iter()
                .map(|p| {
                    let joined = now - Duration::days(i64::from(p.joined_days_ago));
                    let persona = personas.contains(&p.email.as_str());
                    users::ActiveModel {
                        email: Set(p.email.clone()),
                        password_hash: Set(persona.then(|| member_hash.clone())),
                        first_name: Set(p.first_name.clone()),
                        last_name: Set(p.last_name.clone()),
                        job_title: Set(Some(p.job_title.clone())),
                        role: Set("member".into()),
                        status: Set("active".into()),
                        locale: Set("fr".into()),
                        email_confirmed_at: Set(Some(joined)),
                        created_at: Set(joined),
                        updated_at: Set(joined),
                        ..Default::default()
                    }
                })
                .collect();
            for chunk in user_rows.chunks(200) {
                users::Entity::insert_many(chunk.to_vec()).exec(txn).await?;
            }
            let now_admin = now - Duration::days(800);
            users::ActiveModel {
                email: Set(DEMO_ADMIN_EMAIL.into()),
                password_hash: Set(Some(admin_hash)),
                first_name: Set("Agnès".into()),
                last_name: Set("Delobel".into()),
                job_title: Set(Some("Chargée de mission développement économique, mairie".into())),
                role: Set("admin".into()),
                status: Set("active".into()),
                locale: Set("fr".into()),
                email_confirmed_at: Set(Some(now_admin)),
                terms_accepted_at: Set(Some(now_admin)),
                created_at: Set(now_admin),
                updated_at: Set(now_admin),
                ..Default::default()
            }
            .insert(txn)
            .await?;

            let user_ids: HashMap<String, i32> = users::Entity::find()
                .select_only()
                .column(users::Column::Email)
                .column(users::Column::Id)
                .into_tuple::<(String, i32)>()
                .all(txn)
                .await?
                .into_iter()
                .collect();

            let member_rows: Vec<company_members::ActiveModel> = demo
                .people
                .iter()
                .filter_map(|p| {
                    let company = &demo.companies[p.company?];
                    Some(company_members::ActiveModel {
                        company_id: Set(company_ids[&company.slug]),
                        user_id: Set(user_ids[&p.email]),
                        role: Set(p.company_role.to_string()),
                        created_at: Set(now - Duration::days(i64::from(p.joined_days_ago))),
                        ..Default::default()
                    })
                })
                .collect();
            for chunk in member_rows.chunks(200) {
                company_members::Entity::insert_many(chunk.to_vec()).exec(txn).await?;
            }

            let approved: Vec<i32> = demo
                .companies
                .iter()
                .filter(|c| matches!(c.status, DemoCompanyStatus::Approved))
                .map(|c| company_ids[&c.slug])
                .collect();
            let connection_rows: Vec<company_connections::ActiveModel> =
                demo_connections(approved.len())
                    .into_iter()
                    .map(|(from, to, accepted, days_ago)| {
                        let (from, to) = (approved[from], approved[to]);
                        let asked = now - Duration::days(days_ago);
                        company_connections::ActiveModel {
                            requester_id: Set(from),
                            addressee_id: Set(to),
                            low_id: Set(from.min(to)),
                            high_id: Set(from.max(to)),
                            status: Set(if accepted { "accepted" } else { "pending" }.into()),
                            message: Set(if accepted {
                                String::new()
                            } else {
                                "Bonjour, nous sommes voisins : échangeons nos contacts !".into()
                            }),
                            requested_by: Set(None),
                            created_at: Set(asked),
                            responded_at: Set(accepted.then(|| asked + Duration::days(1))),
                            ..Default::default()
                        }
                    })
                    .collect();
            for chunk in connection_rows.chunks(200) {
                company_connections::Entity::insert_many(chunk.to_vec()).exec(txn).await?;
            }

            // Announcements from the companies with an owner, signed by that owner.
            let mut owners: HashMap<i32, i32> = HashMap::new();
            for person in demo.people.iter().filter(|p| p.company_role == "owner") {
                if let Some(company) = person.company.map(|i| &demo.companies[i]) {
                    owners.entry(company_ids[&company.slug]).or_insert(user_ids[&person.email]);
                }
            }
            let publishing: Vec<(i32, String)> = demo
                .companies
                .iter()
                .filter(|c| matches!(c.status, DemoCompanyStatus::Approved))
                .map(|c| {
                    (company_ids[&c.slug], c.trade_name.clone().unwrap_or(c.legal_name.clone()))
                })
                .filter(|(id, _)| owners.contains_key(id))
                .collect();
            let names: Vec<String> = publishing.iter().map(|(_, name)| name.clone()).collect();
            let admin_id = user_ids.get(DEMO_ADMIN_EMAIL).copied();
            let today = now.date_naive();
            let post_rows: Vec<posts::ActiveModel> = announcements::generate(&names, 3)
                .into_iter()
                .map(|p| {
                    let company = p.company.map(|i| publishing[i].0);
                    let created =
                        now - Duration::days(p.days_ago) - Duration::minutes(p.days_ago * 37 % 600);
                    posts::ActiveModel {
                        company_id: Set(company),
                        official: Set(company.is_none()),
                        pinned: Set(p.pinned),
                        author_id: Set(company.map_or(admin_id, |id| owners.get(&id).copied())),
                        kind: Set(p.kind.as_str().into()),
                        title: Set(p.title),
                        body: Set(p.body),
                        visibility: Set(p.visibility.as_str().into()),
                        expires_on: Set(p.expires_in.map(|d| today + Duration::days(d))),
                        created_at: Set(created),
                        edited_at: Set(None),
                        ..Default::default()
                    }
                })
                .collect();
            for chunk in post_rows.chunks(200) {
                posts::Entity::insert_many(chunk.to_vec()).exec(txn).await?;
            }

            // Reactions and comments from the owners of other companies.
            let inserted: Vec<(i32, Option<i32>, String, chrono::DateTime<Utc>)> =
                posts::Entity::find()
                    .select_only()
                    .column(posts::Column::Id)
                    .column(posts::Column::CompanyId)
                    .column(posts::Column::Kind)
                    .column(posts::Column::CreatedAt)
                    .order_by_asc(posts::Column::Id)
                    .into_tuple()
                    .all(txn)
                    .await?;
            let mut people: Vec<(i32, i32)> = owners.iter().map(|(c, u)| (*c, *u)).collect();
            people.sort_unstable();
            let mut reaction_rows = Vec::new();
            let mut comment_rows = Vec::new();
            for (n, (post, company, kind, created)) in inserted.iter().enumerate() {
                let plan = announcements::responses(n, people.len(), kind);
                for (person, reaction) in plan.reactions {
                    let (their_company, user) = people[person];
                    if Some(their_company) == *company {
                        continue;
                    }
                    reaction_rows.push(post_reactions::ActiveModel {
                        post_id: Set(*post),
                        user_id: Set(user),
                        kind: Set(reaction.as_str().into()),
                        created_at: Set(*created + Duration::hours(2)),
                        ..Default::default()
                    });
                }
                for (k, (person, text)) in plan.comments.into_iter().enumerate() {
                    let (their_company, user) = people[person];
                    if Some(their_company) == *company {
                        continue;
                    }
                    let at = (*created + Duration::hours(3 + 5 * k as i64)).min(now);
                    comment_rows.push(post_comments::ActiveModel {
                        post_id: Set(*post),
                        author_id: Set(user),
                        body: Set(text.into()),
                        created_at: Set(at),
                        ..Default::default()
                    });
                }
            }
            for chunk in reaction_rows.chunks(200) {
                post_reactions::Entity::insert_many(chunk.to_vec()).exec(txn).await?;
            }
            for chunk in comment_rows.chunks(200) {
                post_comments::Entity::insert_many(chunk.to_vec()).exec(txn).await?;
            }

            Ok::<_, SeedError>(SeedReport::Loaded {
                parks: demo.parks.len(),
                companies: demo.companies.len() + demo.unclaimed.len(),
                people: demo.people.len(),
            })
        })
    })
    .await
}

/// Connections among `n` approved demo companies, by index: `(from, to, accepted, days ago)`. Each
/// company knows a few others, and some requests still wait for an answer.
fn demo_connections(n: usize) -> Vec<(usize, usize, bool, i64)> {
    let mut seen = std::collections::HashSet::new();
    let mut rows = Vec::new();
    if n < 12 {
        return rows;
    }
    for i in 0..n {
        // (distance, whether this pair exists, whether it was accepted)
        for (step, exists, accepted) in
            [(1, true, i % 4 != 3), (3, true, true), (7, i % 3 == 0, true), (11, i % 5 == 0, false)]
        {
            let j = (i + step) % n;
            if exists && seen.insert((i.min(j), i.max(j))) {
                rows.push((j, i, accepted, (i % 240) as i64 + 2));
            }
        }
    }
    rows
}

fn park_status(status: ParkStatus) -> &'static str {
    match status {
        ParkStatus::Existing => "existing",
        ParkStatus::UnderConstruction => "under_construction",
        ParkStatus::Marketing => "marketing",
    }
}
