//! Comments under announcements: plain text, edited and deleted by their author, hidden by the
//! town hall's moderators (with the reason, which the author reads).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PostComments::Table)
                    .col(pk_auto(PostComments::Id))
                    .col(integer(PostComments::PostId))
                    .col(integer(PostComments::AuthorId))
                    .col(text(PostComments::Body))
                    .col(timestamp_with_time_zone(PostComments::CreatedAt))
                    .col(timestamp_with_time_zone_null(PostComments::EditedAt))
                    .col(timestamp_with_time_zone_null(PostComments::HiddenAt))
                    .col(string_len_null(PostComments::HiddenReason, 500))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_post_comments_post")
                            .from(PostComments::Table, PostComments::PostId)
                            .to(Posts::Table, Posts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_post_comments_author")
                            .from(PostComments::Table, PostComments::AuthorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_post_comments_post")
                    .table(PostComments::Table)
                    .col(PostComments::PostId)
                    .col(PostComments::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(PostComments::Table).to_owned()).await
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
enum PostComments {
    Table,
    Id,
    PostId,
    AuthorId,
    Body,
    CreatedAt,
    EditedAt,
    HiddenAt,
    HiddenReason,
}
