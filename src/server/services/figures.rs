use std::collections::HashMap;

use sea_orm::{ConnectionTrait, DbErr, QueryOrder, QuerySelect, entity::prelude::*};

use crate::{
    domain::figures::{HomeFigures, ParkCount, SectorCount},
    server::entities::{business_parks, companies, users},
};

pub const APPROVED: &str = "approved";
pub const ACTIVE: &str = "active";

/// The figures of the home page, in four queries whatever the size of the network.
pub async fn home_figures(
    db: &impl ConnectionTrait,
    town_company_count: u32,
) -> Result<HomeFigures, DbErr> {
    let members = users::Entity::find().filter(users::Column::Status.eq(ACTIVE)).count(db).await?;

    let sectors: Vec<(Option<String>, i64)> = companies::Entity::find()
        .select_only()
        .column(companies::Column::NafSection)
        .column_as(companies::Column::Id.count(), "n")
        .filter(companies::Column::Status.eq(APPROVED))
        .group_by(companies::Column::NafSection)
        .into_tuple()
        .all(db)
        .await?;

    let per_park: HashMap<Option<i32>, i64> = companies::Entity::find()
        .select_only()
        .column(companies::Column::BusinessParkId)
        .column_as(companies::Column::Id.count(), "n")
        .filter(companies::Column::Status.eq(APPROVED))
        .group_by(companies::Column::BusinessParkId)
        .into_tuple::<(Option<i32>, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();

    let parks =
        business_parks::Entity::find().order_by_asc(business_parks::Column::Name).all(db).await?;

    let registered_companies: u64 = per_park.values().map(|n| *n as u64).sum();
    let mut by_sector: Vec<SectorCount> = sectors
        .into_iter()
        .filter_map(|(section, n)| {
            let section = section?.chars().next()?;
            Some(SectorCount { section, companies: n as u64 })
        })
        .collect();
    by_sector.sort_by(|a, b| b.companies.cmp(&a.companies).then(a.section.cmp(&b.section)));

    let by_park = parks
        .into_iter()
        .map(|park| ParkCount {
            companies: per_park.get(&Some(park.id)).copied().unwrap_or(0) as u64,
            slug: park.slug,
            name: park.name,
            status: park.status,
            area_hectares: park.area_hectares,
        })
        .collect();

    Ok(HomeFigures {
        registered_companies,
        town_company_count,
        members,
        by_sector,
        by_park,
        outside_parks: per_park.get(&None).copied().unwrap_or(0) as u64,
    })
}
