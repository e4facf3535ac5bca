//! Accounts: server-side sessions, single-use e-mailed tokens, the e-mail outbox and rate-limit hits.

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
                    .add_column(timestamp_with_time_zone_null(Users::TermsAcceptedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(pk_auto(Sessions::Id))
                    .col(string_len_uniq(Sessions::TokenHash, 64))
                    .col(integer(Sessions::UserId))
                    .col(string_len_null(Sessions::UserAgent, 300))
                    .col(string_len_null(Sessions::IpAddress, 64))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                    .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_sessions_user")
                            .from(Sessions::Table, Sessions::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sessions_user")
                    .table(Sessions::Table)
                    .col(Sessions::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AccountTokens::Table)
                    .col(pk_auto(AccountTokens::Id))
                    .col(string_len_uniq(AccountTokens::TokenHash, 64))
                    .col(integer(AccountTokens::UserId))
                    .col(string_len(AccountTokens::Purpose, 32))
                    .col(string_len_null(AccountTokens::NewEmail, 254))
                    .col(timestamp_with_time_zone(AccountTokens::CreatedAt))
                    .col(timestamp_with_time_zone(AccountTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(AccountTokens::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_account_tokens_user")
                            .from(AccountTokens::Table, AccountTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_account_tokens_user_purpose")
                    .table(AccountTokens::Table)
                    .col(AccountTokens::UserId)
                    .col(AccountTokens::Purpose)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OutboxEmails::Table)
                    .col(pk_auto(OutboxEmails::Id))
                    .col(string_len(OutboxEmails::ToAddress, 254))
                    .col(string_len(OutboxEmails::Subject, 300))
                    .col(text(OutboxEmails::BodyText))
                    .col(text(OutboxEmails::BodyHtml))
                    .col(string_len(OutboxEmails::Kind, 40))
                    .col(timestamp_with_time_zone(OutboxEmails::CreatedAt))
                    .col(timestamp_with_time_zone_null(OutboxEmails::SentAt))
                    .col(text_null(OutboxEmails::Error))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_emails_created")
                    .table(OutboxEmails::Table)
                    .col(OutboxEmails::CreatedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RateLimitHits::Table)
                    .col(pk_auto(RateLimitHits::Id))
                    .col(string_len(RateLimitHits::Bucket, 300))
                    .col(timestamp_with_time_zone(RateLimitHits::HitAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_rate_limit_hits_bucket_time")
                    .table(RateLimitHits::Table)
                    .col(RateLimitHits::Bucket)
                    .col(RateLimitHits::HitAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            RateLimitHits::Table.into_iden(),
            OutboxEmails::Table.into_iden(),
            AccountTokens::Table.into_iden(),
            Sessions::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        manager
            .alter_table(
                Table::alter().table(Users::Table).drop_column(Users::TermsAcceptedAt).to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    TermsAcceptedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    TokenHash,
    UserId,
    UserAgent,
    IpAddress,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum AccountTokens {
    Table,
    Id,
    TokenHash,
    UserId,
    Purpose,
    NewEmail,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum OutboxEmails {
    Table,
    Id,
    ToAddress,
    Subject,
    BodyText,
    BodyHtml,
    Kind,
    CreatedAt,
    SentAt,
    Error,
}

#[derive(DeriveIden)]
enum RateLimitHits {
    Table,
    Id,
    Bucket,
    HitAt,
}
