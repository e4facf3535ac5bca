//! Companies as members run them: review by the town hall, logos and the search index; people's
//! profiles; requests to claim or join a company page, and e-mailed invitations to join one.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        let company_columns = [
            string_len_null(Companies::LogoKey, 64),
            text_null(Companies::RejectionReason),
            timestamp_with_time_zone_null(Companies::SubmittedAt),
            timestamp_with_time_zone_null(Companies::ReviewedAt),
            text(Companies::SearchText).default("").to_owned(),
        ];
        for column in company_columns {
            manager
                .alter_table(Table::alter().table(Companies::Table).add_column(column).to_owned())
                .await?;
        }
        let user_columns = [
            text_null(Users::Bio),
            string_len_null(Users::PhotoKey, 64),
            string_len(Users::ProfileVisibility, 16).default("members").to_owned(),
        ];
        for column in user_columns {
            manager
                .alter_table(Table::alter().table(Users::Table).add_column(column).to_owned())
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_companies_status_submitted")
                    .table(Companies::Table)
                    .col(Companies::Status)
                    .col(Companies::SubmittedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CompanyRequests::Table)
                    .col(pk_auto(CompanyRequests::Id))
                    .col(integer(CompanyRequests::CompanyId))
                    .col(integer(CompanyRequests::UserId))
                    .col(string_len(CompanyRequests::Kind, 16))
                    .col(text(CompanyRequests::Message))
                    .col(string_len(CompanyRequests::Status, 16))
                    .col(text_null(CompanyRequests::DecisionReason))
                    .col(timestamp_with_time_zone(CompanyRequests::CreatedAt))
                    .col(timestamp_with_time_zone_null(CompanyRequests::DecidedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_company_requests_company")
                            .from(CompanyRequests::Table, CompanyRequests::CompanyId)
                            .to(Companies::Table, Companies::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_company_requests_user")
                            .from(CompanyRequests::Table, CompanyRequests::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for index in [
            Index::create()
                .name("idx_company_requests_status_created")
                .table(CompanyRequests::Table)
                .col(CompanyRequests::Status)
                .col(CompanyRequests::CreatedAt)
                .to_owned(),
            Index::create()
                .name("idx_company_requests_company")
                .table(CompanyRequests::Table)
                .col(CompanyRequests::CompanyId)
                .to_owned(),
            Index::create()
                .name("idx_company_requests_user")
                .table(CompanyRequests::Table)
                .col(CompanyRequests::UserId)
                .to_owned(),
        ] {
            manager.create_index(index).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(CompanyInvitations::Table)
                    .col(pk_auto(CompanyInvitations::Id))
                    .col(integer(CompanyInvitations::CompanyId))
                    .col(string_len(CompanyInvitations::Email, 254))
                    .col(string_len(CompanyInvitations::Role, 16))
                    .col(string_len_uniq(CompanyInvitations::TokenHash, 64))
                    .col(integer_null(CompanyInvitations::InvitedBy))
                    .col(timestamp_with_time_zone(CompanyInvitations::CreatedAt))
                    .col(timestamp_with_time_zone(CompanyInvitations::ExpiresAt))
                    .col(timestamp_with_time_zone_null(CompanyInvitations::AcceptedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_company_invitations_company")
                            .from(CompanyInvitations::Table, CompanyInvitations::CompanyId)
                            .to(Companies::Table, Companies::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_company_invitations_inviter")
                            .from(CompanyInvitations::Table, CompanyInvitations::InvitedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_company_invitations_company")
                    .table(CompanyInvitations::Table)
                    .col(CompanyInvitations::CompanyId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [CompanyInvitations::Table.into_iden(), CompanyRequests::Table.into_iden()] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        manager
            .drop_index(
                Index::drop()
                    .name("idx_companies_status_submitted")
                    .table(Companies::Table)
                    .to_owned(),
            )
            .await?;
        for column in [Users::Bio, Users::PhotoKey, Users::ProfileVisibility] {
            manager
                .alter_table(Table::alter().table(Users::Table).drop_column(column).to_owned())
                .await?;
        }
        for column in [
            Companies::LogoKey,
            Companies::RejectionReason,
            Companies::SubmittedAt,
            Companies::ReviewedAt,
            Companies::SearchText,
        ] {
            manager
                .alter_table(Table::alter().table(Companies::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Companies {
    Table,
    Id,
    Status,
    LogoKey,
    RejectionReason,
    SubmittedAt,
    ReviewedAt,
    SearchText,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Bio,
    PhotoKey,
    ProfileVisibility,
}

#[derive(DeriveIden)]
enum CompanyRequests {
    Table,
    Id,
    CompanyId,
    UserId,
    Kind,
    Message,
    Status,
    DecisionReason,
    CreatedAt,
    DecidedAt,
}

#[derive(DeriveIden)]
enum CompanyInvitations {
    Table,
    Id,
    CompanyId,
    Email,
    Role,
    TokenHash,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
}
