//! The directory at the heart of the network: business parks, companies, people and who belongs where.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BusinessParks::Table)
                    .col(pk_auto(BusinessParks::Id))
                    .col(string_len_uniq(BusinessParks::Slug, 120))
                    .col(string_len(BusinessParks::Name, 200))
                    .col(double(BusinessParks::AreaHectares))
                    .col(string_len(BusinessParks::Status, 32))
                    .col(string_len(BusinessParks::MainActivity, 200))
                    .col(text(BusinessParks::Description))
                    .col(timestamp_with_time_zone(BusinessParks::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Companies::Table)
                    .col(pk_auto(Companies::Id))
                    .col(string_len_uniq(Companies::Slug, 160))
                    .col(string_len(Companies::LegalName, 200))
                    .col(string_len_null(Companies::TradeName, 200))
                    .col(string_len_null(Companies::Siret, 14).unique_key())
                    .col(string_len_null(Companies::Siren, 9))
                    .col(string_len_null(Companies::NafCode, 6))
                    .col(string_len_null(Companies::NafSection, 1))
                    .col(string_len_null(Companies::LegalForm, 32))
                    .col(string_len_null(Companies::HeadcountBand, 2))
                    .col(integer_null(Companies::YearFounded))
                    .col(string_len_null(Companies::Address, 300))
                    .col(integer_null(Companies::BusinessParkId))
                    .col(text(Companies::Description))
                    .col(string_len_null(Companies::Website, 300))
                    .col(string_len_null(Companies::Phone, 40))
                    .col(string_len_null(Companies::PublicEmail, 254))
                    .col(string_len(Companies::Status, 16))
                    .col(timestamp_with_time_zone(Companies::CreatedAt))
                    .col(timestamp_with_time_zone(Companies::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Companies::ApprovedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_companies_business_park")
                            .from(Companies::Table, Companies::BusinessParkId)
                            .to(BusinessParks::Table, BusinessParks::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        let indexes = [
            Index::create()
                .name("idx_companies_status_approved_at")
                .table(Companies::Table)
                .col(Companies::Status)
                .col(Companies::ApprovedAt)
                .to_owned(),
            Index::create()
                .name("idx_companies_naf_section")
                .table(Companies::Table)
                .col(Companies::NafSection)
                .to_owned(),
            Index::create()
                .name("idx_companies_business_park")
                .table(Companies::Table)
                .col(Companies::BusinessParkId)
                .to_owned(),
        ];
        for index in indexes {
            manager.create_index(index).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(pk_auto(Users::Id))
                    .col(string_len_uniq(Users::Email, 254))
                    .col(string_len_null(Users::PasswordHash, 200))
                    .col(string_len(Users::FirstName, 100))
                    .col(string_len(Users::LastName, 100))
                    .col(string_len_null(Users::JobTitle, 120))
                    .col(string_len(Users::Role, 16))
                    .col(string_len(Users::Status, 16))
                    .col(string_len(Users::Locale, 8))
                    .col(timestamp_with_time_zone_null(Users::EmailConfirmedAt))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .col(timestamp_with_time_zone(Users::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CompanyMembers::Table)
                    .col(pk_auto(CompanyMembers::Id))
                    .col(integer(CompanyMembers::CompanyId))
                    .col(integer(CompanyMembers::UserId))
                    .col(string_len(CompanyMembers::Role, 16))
                    .col(timestamp_with_time_zone(CompanyMembers::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_company_members_company")
                            .from(CompanyMembers::Table, CompanyMembers::CompanyId)
                            .to(Companies::Table, Companies::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_company_members_user")
                            .from(CompanyMembers::Table, CompanyMembers::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_company_members_company_user")
                    .table(CompanyMembers::Table)
                    .col(CompanyMembers::CompanyId)
                    .col(CompanyMembers::UserId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_company_members_user")
                    .table(CompanyMembers::Table)
                    .col(CompanyMembers::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CompanyMembers::Table.into_iden(),
            Users::Table.into_iden(),
            Companies::Table.into_iden(),
            BusinessParks::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum BusinessParks {
    Table,
    Id,
    Slug,
    Name,
    AreaHectares,
    Status,
    MainActivity,
    Description,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Companies {
    Table,
    Id,
    Slug,
    LegalName,
    TradeName,
    Siret,
    Siren,
    NafCode,
    NafSection,
    LegalForm,
    HeadcountBand,
    YearFounded,
    Address,
    BusinessParkId,
    Description,
    Website,
    Phone,
    PublicEmail,
    Status,
    CreatedAt,
    UpdatedAt,
    ApprovedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    PasswordHash,
    FirstName,
    LastName,
    JobTitle,
    Role,
    Status,
    Locale,
    EmailConfirmedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CompanyMembers {
    Table,
    Id,
    CompanyId,
    UserId,
    Role,
    CreatedAt,
}
