//! `rer admin create`: the first administrator of a fresh installation.

use std::fmt;

use chrono::{Duration, Utc};
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, entity::prelude::*};

use crate::{
    domain::account::{Email, parse_person_name},
    server::{
        auth::tokens::{hash_token, new_token},
        config::Config,
        db,
        entities::{account_tokens, users},
    },
};

pub enum AdminOutcome {
    Promoted { email: String },
    AlreadyAdmin { email: String },
    Created { email: String, link: String },
}

impl fmt::Display for AdminOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Promoted { email } => write!(f, "{email} is now an administrator"),
            Self::AlreadyAdmin { email } => write!(f, "{email} was already an administrator"),
            Self::Created { email, link } => write!(
                f,
                "administrator {email} created; choose its password within 24 hours at:\n{link}"
            ),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("{0}")]
    Input(&'static str),
    #[error(transparent)]
    Db(#[from] DbErr),
}

pub async fn create_admin(
    database: &DatabaseConnection,
    config: &Config,
    email: &str,
    first_name: &str,
    last_name: &str,
) -> Result<AdminOutcome, AdminError> {
    let email = Email::parse(email).map_err(|e| AdminError::Input(e.message(false)))?;
    let first_name =
        parse_person_name(first_name).map_err(|e| AdminError::Input(e.message(false)))?;
    let last_name =
        parse_person_name(last_name).map_err(|e| AdminError::Input(e.message(false)))?;
    let public_url = config.public_url.clone();
    db::write(database, move |txn| {
        Box::pin(async move {
            let now = Utc::now();
            let existing = users::Entity::find()
                .filter(users::Column::Email.eq(email.as_str()))
                .one(txn)
                .await?;
            if let Some(user) = existing {
                if user.role == "admin" {
                    return Ok(AdminOutcome::AlreadyAdmin { email: user.email });
                }
                // Someone may have signed up under this address without owning it.
                if user.email_confirmed_at.is_none() {
                    return Err(AdminError::Input(
                        "this account has not confirmed its e-mail address yet; promote it once it has",
                    ));
                }
                let email = user.email.clone();
                let mut active: users::ActiveModel = user.into();
                active.role = Set("admin".into());
                active.updated_at = Set(now);
                active.update(txn).await?;
                return Ok(AdminOutcome::Promoted { email });
            }
            let user = users::ActiveModel {
                email: Set(email.as_str().to_string()),
                password_hash: Set(None),
                first_name: Set(first_name),
                last_name: Set(last_name),
                job_title: Set(None),
                role: Set("admin".into()),
                status: Set("active".into()),
                locale: Set("fr".into()),
                email_confirmed_at: Set(Some(now)),
                terms_accepted_at: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            let token = new_token();
            account_tokens::ActiveModel {
                token_hash: Set(hash_token(&token)),
                user_id: Set(user.id),
                purpose: Set("reset_password".into()),
                new_email: Set(None),
                created_at: Set(now),
                expires_at: Set(now + Duration::hours(24)),
                used_at: Set(None),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            Ok(AdminOutcome::Created {
                email: user.email,
                link: format!("{public_url}/reinitialiser-mot-de-passe?jeton={token}"),
            })
        })
    })
    .await
}
