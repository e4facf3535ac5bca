//! Connections between companies: one row per pair of companies, whichever asked first. A request
//! waits (`pending`), is accepted (`accepted`) or declined (`declined`, kept so that the same
//! request cannot be sent again at once); withdrawing or removing a connection deletes the row.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CompanyConnections::Table)
                    .col(pk_auto(CompanyConnections::Id))
                    .col(integer(CompanyConnections::RequesterId))
                    .col(integer(CompanyConnections::AddresseeId))
                    .col(integer(CompanyConnections::LowId))
                    .col(integer(CompanyConnections::HighId))
                    .col(string_len(CompanyConnections::Status, 16))
                    .col(text(CompanyConnections::Message))
                    .col(integer_null(CompanyConnections::RequestedBy))
                    .col(timestamp_with_time_zone(CompanyConnections::CreatedAt))
                    .col(timestamp_with_time_zone_null(CompanyConnections::RespondedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_company_connections_requester")
                            .from(CompanyConnections::Table, CompanyConnections::RequesterId)
                            .to(Companies::Table, Companies::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_company_connections_addressee")
                            .from(CompanyConnections::Table, CompanyConnections::AddresseeId)
                            .to(Companies::Table, Companies::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_company_connections_requested_by")
                            .from(CompanyConnections::Table, CompanyConnections::RequestedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for index in [
            // One row per pair, whichever way it was asked.
            Index::create()
                .name("idx_company_connections_pair")
                .table(CompanyConnections::Table)
                .col(CompanyConnections::LowId)
                .col(CompanyConnections::HighId)
                .unique()
                .to_owned(),
            Index::create()
                .name("idx_company_connections_requester")
                .table(CompanyConnections::Table)
                .col(CompanyConnections::RequesterId)
                .col(CompanyConnections::Status)
                .to_owned(),
            Index::create()
                .name("idx_company_connections_addressee")
                .table(CompanyConnections::Table)
                .col(CompanyConnections::AddresseeId)
                .col(CompanyConnections::Status)
                .to_owned(),
        ] {
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(CompanyConnections::Table).to_owned()).await
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
enum CompanyConnections {
    Table,
    Id,
    RequesterId,
    AddresseeId,
    LowId,
    HighId,
    Status,
    Message,
    RequestedBy,
    CreatedAt,
    RespondedAt,
}
