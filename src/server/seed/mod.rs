//! Demo data: a believable Roncq, loaded by `rer seed --demo`. Not a migration: a real town starts
//! empty.

pub mod data;

use std::{collections::HashMap, fmt};

use chrono::{Duration, Utc};
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, QuerySelect, entity::prelude::*};

use self::data::{DemoCompanyStatus, ParkStatus};
use crate::{
    domain::naf::NafCode,
    server::{
        auth::password,
        db,
        entities::{business_parks, companies, company_members, users},
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
                 town-hall administrator {DEMO_ADMIN_EMAIL} (password: {DEMO_ADMIN_PASSWORD})"
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
    let demo = data::generate();
    let admin_hash = password::hash_password(DEMO_ADMIN_PASSWORD.to_string())
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
                .map(|c| {
                    let created = now - Duration::days(i64::from(c.registered_days_ago));
                    let approved = matches!(c.status, DemoCompanyStatus::Approved);
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
                        status: Set(if approved { "approved" } else { "pending" }.into()),
                        created_at: Set(created),
                        updated_at: Set(created),
                        approved_at: Set(approved.then(|| created + Duration::hours(20))),
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
                    users::ActiveModel {
                        email: Set(p.email.clone()),
                        password_hash: Set(None),
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

            Ok::<_, SeedError>(SeedReport::Loaded {
                parks: demo.parks.len(),
                companies: demo.companies.len(),
                people: demo.people.len(),
            })
        })
    })
    .await
}

fn park_status(status: ParkStatus) -> &'static str {
    match status {
        ParkStatus::Existing => "existing",
        ParkStatus::UnderConstruction => "under_construction",
        ParkStatus::Marketing => "marketing",
    }
}
