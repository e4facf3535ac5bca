//! People's profiles: name, job title, short bio, photo and companies, seen by members or by
//! everyone as each person chooses.

use chrono::Utc;
use sea_orm::{ActiveValue::Set, entity::prelude::*};

use crate::{
    api::companies::{PersonView, ProfileView},
    domain::{
        company::{self, BIO_MAX_CHARS, JOB_TITLE_MAX_CHARS, MemberRole, ProfileVisibility},
        permissions::{Capability, Denial},
    },
    error::{AppError, FormErrors},
    server::{
        auth::{self, request_locale},
        entities::{companies, company_members, users},
        services::companies::{display_name, french, status_of},
        uploads,
    },
};

pub async fn person(id: i32) -> Result<PersonView, AppError> {
    let state = auth::state()?;
    let me = auth::current_user().await?;
    let user = users::Entity::find_by_id(id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    if user.status != "active" {
        return Err(AppError::NotFound);
    }
    let visibility =
        ProfileVisibility::parse(&user.profile_visibility).unwrap_or(ProfileVisibility::Members);
    let member = me.as_ref().is_some_and(|m| m.viewer().is_active());
    if visibility == ProfileVisibility::Members && !member {
        return Err(AppError::Denied(Denial::SignInRequired));
    }
    let companies = company_members::Entity::find()
        .filter(company_members::Column::UserId.eq(user.id))
        .find_also_related(companies::Entity)
        .all(&state.db)
        .await?
        .into_iter()
        .filter_map(|(m, c)| {
            let c = c?;
            status_of(&c).listed().then(|| {
                (
                    c.slug.clone(),
                    display_name(&c),
                    MemberRole::parse(&m.role).unwrap_or(MemberRole::Member),
                )
            })
        })
        .collect();
    Ok(PersonView {
        id: user.id,
        name: format!("{} {}", user.first_name, user.last_name),
        job_title: user.job_title,
        bio: user.bio,
        photo_url: user.photo_key.as_deref().map(|k| uploads::url(k, 160)),
        companies,
        is_me: me.as_ref().is_some_and(|m| m.user.id == id),
    })
}

pub async fn my_profile() -> Result<ProfileView, AppError> {
    let me = auth::require(Capability::ManageOwnAccount).await?;
    Ok(ProfileView {
        job_title: me.user.job_title.clone().unwrap_or_default(),
        bio: me.user.bio.clone().unwrap_or_default(),
        public: me.user.profile_visibility == ProfileVisibility::Public.as_str(),
        photo_url: me.user.photo_key.as_deref().map(|k| uploads::url(k, 160)),
        user_id: me.user.id,
    })
}

pub async fn update_profile(job_title: &str, bio: &str, public: bool) -> Result<(), AppError> {
    let state = auth::state()?;
    let me = auth::require(Capability::ManageOwnAccount).await?;
    let fr = french(request_locale());
    let mut form = FormErrors::default();
    form.keep("job_title", job_title);
    form.values.push(("bio".into(), bio.chars().take(BIO_MAX_CHARS + 100).collect()));
    let job_title = company::optional_text(job_title, JOB_TITLE_MAX_CHARS)
        .map_err(|e| form.add("job_title", e.message(fr)))
        .ok();
    let bio =
        company::optional_text(bio, BIO_MAX_CHARS).map_err(|e| form.add("bio", e.message(fr))).ok();
    let (Some(job_title), Some(bio)) = (job_title, bio) else {
        return Err(AppError::Invalid(form));
    };
    let visibility = if public { ProfileVisibility::Public } else { ProfileVisibility::Members };
    let mut active: users::ActiveModel = me.user.into();
    active.job_title = Set(job_title);
    active.bio = Set(bio);
    active.profile_visibility = Set(visibility.as_str().into());
    active.updated_at = Set(Utc::now());
    active.update(&state.db).await?;
    Ok(())
}
