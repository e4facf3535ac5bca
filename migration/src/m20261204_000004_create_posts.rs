//! Announcements (*annonces*): published by a company, or by the town hall as official posts, which
//! may be pinned at the top of the feed.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Posts::Table)
                    .col(pk_auto(Posts::Id))
                    .col(integer_null(Posts::CompanyId))
                    .col(boolean(Posts::Official).default(false))
                    .col(boolean(Posts::Pinned).default(false))
                    .col(integer_null(Posts::AuthorId))
                    .col(string_len(Posts::Kind, 16))
                    .col(string_len(Posts::Title, 200))
                    .col(text(Posts::Body))
                    .col(string_len(Posts::Visibility, 16))
                    .col(date_null(Posts::ExpiresOn))
                    .col(timestamp_with_time_zone(Posts::CreatedAt))
                    .col(timestamp_with_time_zone_null(Posts::EditedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_posts_company")
                            .from(Posts::Table, Posts::CompanyId)
                            .to(Companies::Table, Companies::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_posts_author")
                            .from(Posts::Table, Posts::AuthorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for index in [
            Index::create()
                .name("idx_posts_created")
                .table(Posts::Table)
                .col(Posts::CreatedAt)
                .to_owned(),
            Index::create()
                .name("idx_posts_company")
                .table(Posts::Table)
                .col(Posts::CompanyId)
                .col(Posts::CreatedAt)
                .to_owned(),
            Index::create()
                .name("idx_posts_kind")
                .table(Posts::Table)
                .col(Posts::Kind)
                .col(Posts::CreatedAt)
                .to_owned(),
        ] {
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Posts::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Companies {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    Id,
    CompanyId,
    Official,
    Pinned,
    AuthorId,
    Kind,
    Title,
    Body,
    Visibility,
    ExpiresOn,
    CreatedAt,
    EditedAt,
}
