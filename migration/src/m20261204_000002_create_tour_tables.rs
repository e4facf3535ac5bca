//! The guided tours: each member's progress per tour, the town hall's edits of the steps, and the
//! aggregate funnel (how many started, reached each step, finished, skipped) — counts only.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(boolean(Users::ToursAutomatic).default(true).to_owned())
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TourProgress::Table)
                    .col(pk_auto(TourProgress::Id))
                    .col(integer(TourProgress::UserId))
                    .col(string_len(TourProgress::Situation, 16))
                    .col(string_len(TourProgress::StepId, 64))
                    .col(string_len(TourProgress::Status, 16))
                    .col(integer(TourProgress::Furthest))
                    .col(timestamp_with_time_zone(TourProgress::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_tour_progress_user")
                            .from(TourProgress::Table, TourProgress::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_tour_progress_user_situation")
                    .table(TourProgress::Table)
                    .col(TourProgress::UserId)
                    .col(TourProgress::Situation)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TourSteps::Table)
                    .col(string_len(TourSteps::StepId, 64).primary_key())
                    .col(integer(TourSteps::Position))
                    .col(boolean(TourSteps::Enabled))
                    .col(string_len_null(TourSteps::Target, 64))
                    .col(string_len_null(TourSteps::TitleFr, 200))
                    .col(string_len_null(TourSteps::TitleEn, 200))
                    .col(text_null(TourSteps::BodyFr))
                    .col(text_null(TourSteps::BodyEn))
                    .col(timestamp_with_time_zone(TourSteps::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TourFunnel::Table)
                    .col(pk_auto(TourFunnel::Id))
                    .col(string_len(TourFunnel::Situation, 16))
                    .col(string_len(TourFunnel::StepId, 64))
                    .col(string_len(TourFunnel::Event, 16))
                    .col(big_integer(TourFunnel::Count))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_tour_funnel_key")
                    .table(TourFunnel::Table)
                    .col(TourFunnel::Situation)
                    .col(TourFunnel::StepId)
                    .col(TourFunnel::Event)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            TourFunnel::Table.into_iden(),
            TourSteps::Table.into_iden(),
            TourProgress::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        manager
            .alter_table(
                Table::alter().table(Users::Table).drop_column(Users::ToursAutomatic).to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    ToursAutomatic,
}

#[derive(DeriveIden)]
enum TourProgress {
    Table,
    Id,
    UserId,
    Situation,
    StepId,
    Status,
    Furthest,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum TourSteps {
    Table,
    StepId,
    Position,
    Enabled,
    Target,
    TitleFr,
    TitleEn,
    BodyFr,
    BodyEn,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum TourFunnel {
    Table,
    Id,
    Situation,
    StepId,
    Event,
    Count,
}
