//! A bigger town for benchmarks: the demo data, then plain synthetic companies and people until the
//! directory holds `companies` listed companies and the network `people` members. Never used by a
//! real installation.

use chrono::{Duration, Utc};
use sea_orm::{ActiveValue::Set, DatabaseConnection, QuerySelect, entity::prelude::*};

use super::SeedError;
use crate::{
    domain::{
        company::CompanyStatus,
        naf::DIVISIONS,
        post::{PostKind, PostVisibility},
    },
    server::{
        db,
        entities::{business_parks, companies, company_members, posts, users},
        services::companies::search_text_of,
    },
};

const WORDS: [&str; 12] = [
    "Atelier",
    "Services",
    "Conseil",
    "Distribution",
    "Bâtiment",
    "Logistique",
    "Studio",
    "Maintenance",
    "Négoce",
    "Ingénierie",
    "Fabrication",
    "Commerce",
];

/// Tops the network up to `companies` listed companies and `people` members.
pub async fn scale(
    db: &DatabaseConnection,
    companies: u64,
    people: u64,
) -> Result<(u64, u64), SeedError> {
    let listed = companies::Entity::find()
        .filter(companies::Column::Status.is_in(["approved", "unclaimed"]))
        .count(db)
        .await?;
    let members = users::Entity::find().count(db).await?;
    let parks: Vec<(i32, String)> = business_parks::Entity::find()
        .select_only()
        .column(business_parks::Column::Id)
        .column(business_parks::Column::Name)
        .into_tuple()
        .all(db)
        .await?;
    let missing_companies = companies.saturating_sub(listed);
    let missing_people = people.saturating_sub(members);
    db::write(db, move |txn| {
        Box::pin(async move {
            let now = Utc::now();
            let mut company_ids = Vec::new();
            for i in 0..missing_companies {
                let division = DIVISIONS[(i as usize * 7) % DIVISIONS.len()];
                let naf = format!("{:02}.{:02}Z", division.code, (i % 9) + 1);
                let section = crate::domain::naf::section_of_division(division.code)
                    .map(|s| s.code.to_string());
                let park = (i % 3 != 0).then(|| &parks[i as usize % parks.len()]);
                let name = format!(
                    "{} {} {}",
                    WORDS[i as usize % WORDS.len()],
                    division.label_fr.split_whitespace().next().unwrap_or("Roncq"),
                    i + 1
                );
                let description = format!(
                    "{name} travaille à Roncq dans le secteur « {} ». Devis sur demande.",
                    division.label_fr
                );
                let created = now - Duration::days((i % 700) as i64);
                let model = companies::ActiveModel {
                    slug: Set(format!("bench-{}", i + 1)),
                    legal_name: Set(name.clone()),
                    naf_code: Set(Some(naf.clone())),
                    naf_section: Set(section),
                    headcount_band: Set(Some(
                        ["00", "01", "02", "03", "11", "12"][i as usize % 6].into(),
                    )),
                    address: Set(Some(format!("{} rue de Lille, 59223 Roncq", i % 200 + 1))),
                    business_park_id: Set(park.map(|p| p.0)),
                    description: Set(description.clone()),
                    status: Set(CompanyStatus::Approved.as_str().into()),
                    created_at: Set(created),
                    updated_at: Set(created),
                    approved_at: Set(Some(created)),
                    search_text: Set(search_text_of(
                        &name,
                        &name,
                        Some(&naf),
                        park.map(|p| p.1.as_str()),
                        &description,
                    )),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
                company_ids.push(model.id);
            }
            for i in 0..missing_people {
                let joined = now - Duration::days((i % 600) as i64);
                let user = users::ActiveModel {
                    email: Set(format!("membre{}@bench.roncq.example", i + 1)),
                    first_name: Set(["Julie", "Karim", "Léa", "Thomas", "Inès", "Hugo"]
                        [i as usize % 6]
                        .into()),
                    last_name: Set(format!("Membre{}", i + 1)),
                    job_title: Set(Some("Salarié".into())),
                    role: Set("member".into()),
                    status: Set("active".into()),
                    locale: Set("fr".into()),
                    email_confirmed_at: Set(Some(joined)),
                    created_at: Set(joined),
                    updated_at: Set(joined),
                    profile_visibility: Set("members".into()),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
                if !company_ids.is_empty() {
                    company_members::ActiveModel {
                        company_id: Set(company_ids[i as usize % company_ids.len()]),
                        user_id: Set(user.id),
                        role: Set(if (i as usize) < company_ids.len() {
                            "owner"
                        } else {
                            "member"
                        }
                        .into()),
                        created_at: Set(joined),
                        ..Default::default()
                    }
                    .insert(txn)
                    .await?;
                }
            }
            Ok::<_, SeedError>((missing_companies, missing_people))
        })
    })
    .await
}

/// Tops the feed up to `total` posts, spread over the approved companies and the past year.
pub async fn scale_posts(db: &DatabaseConnection, total: u64) -> Result<u64, SeedError> {
    let existing = posts::Entity::find().count(db).await?;
    let authors: Vec<(i32, i32)> = company_members::Entity::find()
        .select_only()
        .column(company_members::Column::CompanyId)
        .column(company_members::Column::UserId)
        .filter(company_members::Column::Role.eq("owner"))
        .inner_join(companies::Entity)
        .filter(companies::Column::Status.eq(CompanyStatus::Approved.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    let missing = total.saturating_sub(existing);
    if authors.is_empty() || missing == 0 {
        return Ok(0);
    }
    db::write(db, move |txn| {
        Box::pin(async move {
            let now = Utc::now();
            let rows: Vec<posts::ActiveModel> = (0..missing)
                .map(|i| {
                    let (company, author) = authors[(i as usize * 31) % authors.len()];
                    let kind = PostKind::ALL[i as usize % PostKind::ALL.len()];
                    let created = now - Duration::minutes((i as i64 * 26) % (365 * 24 * 60));
                    posts::ActiveModel {
                        company_id: Set(Some(company)),
                        official: Set(false),
                        pinned: Set(false),
                        author_id: Set(Some(author)),
                        kind: Set(kind.as_str().into()),
                        title: Set(format!("{} n° {}", kind.label(true), i + 1)),
                        body: Set(format!(
                            "Annonce de test **{}**, pour mesurer le fil.\n\n- un point\n- un autre",
                            i + 1
                        )),
                        visibility: Set(if i % 5 == 0 {
                            PostVisibility::Connections
                        } else {
                            PostVisibility::Members
                        }
                        .as_str()
                        .into()),
                        expires_on: Set(kind
                            .may_expire()
                            .then(|| (created + Duration::days(90)).date_naive())),
                        created_at: Set(created),
                        edited_at: Set(None),
                        ..Default::default()
                    }
                })
                .collect();
            for chunk in rows.chunks(500) {
                posts::Entity::insert_many(chunk.to_vec()).exec(txn).await?;
            }
            Ok::<_, SeedError>(missing)
        })
    })
    .await
}
