//! Reports (*signalements*) of announcements and comments, for the town hall's moderation queue;
//! and announcements hidden by moderation, with the reason their publisher is told.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Posts::Table)
                    .add_column(timestamp_with_time_zone_null(Posts::HiddenAt))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Posts::Table)
                    .add_column(string_len_null(Posts::HiddenReason, 500))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Reports::Table)
                    .col(pk_auto(Reports::Id))
                    .col(integer_null(Reports::PostId))
                    .col(integer_null(Reports::CommentId))
                    .col(integer(Reports::ReporterId))
                    .col(string_len(Reports::Reason, 1000))
                    .col(timestamp_with_time_zone(Reports::CreatedAt))
                    .col(timestamp_with_time_zone_null(Reports::ResolvedAt))
                    .col(string_len_null(Reports::Resolution, 16))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_reports_post")
                            .from(Reports::Table, Reports::PostId)
                            .to(Posts::Table, Posts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_reports_comment")
                            .from(Reports::Table, Reports::CommentId)
                            .to(PostComments::Table, PostComments::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_reports_reporter")
                            .from(Reports::Table, Reports::ReporterId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_reports_open")
                    .table(Reports::Table)
                    .col(Reports::ResolvedAt)
                    .col(Reports::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Reports::Table).to_owned()).await?;
        manager
            .alter_table(
                Table::alter().table(Posts::Table).drop_column(Posts::HiddenReason).to_owned(),
            )
            .await?;
        manager
            .alter_table(Table::alter().table(Posts::Table).drop_column(Posts::HiddenAt).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    Id,
    HiddenAt,
    HiddenReason,
}

#[derive(DeriveIden)]
enum PostComments {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Reports {
    Table,
    Id,
    PostId,
    CommentId,
    ReporterId,
    Reason,
    CreatedAt,
    ResolvedAt,
    Resolution,
}
