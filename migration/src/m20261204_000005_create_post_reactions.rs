//! Reactions to announcements: "J'aime" or "Intéressé", one per person and post.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PostReactions::Table)
                    .col(pk_auto(PostReactions::Id))
                    .col(integer(PostReactions::PostId))
                    .col(integer(PostReactions::UserId))
                    .col(string_len(PostReactions::Kind, 16))
                    .col(timestamp_with_time_zone(PostReactions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_post_reactions_post")
                            .from(PostReactions::Table, PostReactions::PostId)
                            .to(Posts::Table, Posts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_post_reactions_user")
                            .from(PostReactions::Table, PostReactions::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_post_reactions_post_user")
                    .table(PostReactions::Table)
                    .col(PostReactions::PostId)
                    .col(PostReactions::UserId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(PostReactions::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PostReactions {
    Table,
    Id,
    PostId,
    UserId,
    Kind,
    CreatedAt,
}
