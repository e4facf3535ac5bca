pub use sea_orm_migration::prelude::*;

mod m20261203_000001_create_directory_tables;
mod m20261203_000002_create_account_tables;
mod m20261204_000001_create_company_requests;
mod m20261204_000002_create_tour_tables;
mod m20261204_000003_create_company_connections;
mod m20261204_000004_create_posts;
mod m20261204_000005_create_post_reactions;
mod m20261204_000006_create_post_comments;
mod m20261204_000007_create_reports;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261203_000001_create_directory_tables::Migration),
            Box::new(m20261203_000002_create_account_tables::Migration),
            Box::new(m20261204_000001_create_company_requests::Migration),
            Box::new(m20261204_000002_create_tour_tables::Migration),
            Box::new(m20261204_000003_create_company_connections::Migration),
            Box::new(m20261204_000004_create_posts::Migration),
            Box::new(m20261204_000005_create_post_reactions::Migration),
            Box::new(m20261204_000006_create_post_comments::Migration),
            Box::new(m20261204_000007_create_reports::Migration),
        ]
    }
}
