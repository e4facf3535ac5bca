//! Image uploads as plain HTML form posts (multipart), so they work the same with and without
//! JavaScript: a company's logo and a member's photo. Each handler authenticates the session and
//! asks the policy, like every server function.

use axum::{
    Router,
    extract::{DefaultBodyLimit, Multipart, Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    middleware,
    response::{IntoResponse, Redirect, Response},
    routing::post,
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, IntoActiveModel};
use tower_http::services::ServeDir;

use super::{
    AppState,
    auth::{CurrentUser, session},
    services::companies::{authorize, find_by_slug},
    uploads::{self, MAX_UPLOAD_BYTES, UploadError},
};
use crate::{domain::permissions::CompanyAction, error::AppError};

pub fn routes(state: &AppState) -> Router<AppState> {
    let dir = uploads::dir(&state.config.data_dir);
    Router::new()
        .route("/entreprises/{slug}/logo", post(company_logo))
        .route("/compte/photo", post(my_photo))
        // Multipart framing adds a little to the file itself. An oversized body is cut off while
        // it is read, so the form comes back with a clear message rather than a bare 413.
        .layer(DefaultBodyLimit::max(MAX_UPLOAD_BYTES + 64 * 1024))
        .nest_service(
            "/uploads",
            Router::new().fallback_service(ServeDir::new(dir)).layer(middleware::map_response(
                |mut response: Response| async move {
                    if response.status().is_success() {
                        response.headers_mut().insert(
                            header::CACHE_CONTROL,
                            HeaderValue::from_static("public, max-age=31536000, immutable"),
                        );
                    }
                    response
                },
            )),
        )
}

async fn signed_in(state: &AppState, headers: &HeaderMap) -> Result<Option<CurrentUser>, AppError> {
    let Some(token) = session::token_from_headers(&state.config, headers) else { return Ok(None) };
    Ok(session::resolve(&state.db, &state.config, &token)
        .await?
        .map(|(session, user)| CurrentUser { user, session_id: session.id }))
}

/// The file of the form's `image` field, and whether `remove` was asked for instead.
async fn read_form(multipart: &mut Multipart) -> Result<(Option<Vec<u8>>, bool), UploadError> {
    let mut file = None;
    let mut remove = false;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(err) if err.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(UploadError::TooLarge);
            }
            Err(_) => return Err(UploadError::Corrupt),
        };
        match field.name() {
            Some("image") => {
                let bytes = field.bytes().await.map_err(|err| {
                    if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
                        UploadError::TooLarge
                    } else {
                        UploadError::Corrupt
                    }
                })?;
                if !bytes.is_empty() {
                    file = Some(bytes.to_vec());
                }
            }
            Some("remove") => remove = true,
            _ => {}
        }
    }
    Ok((file, remove))
}

async fn store(state: &AppState, bytes: Vec<u8>) -> Result<String, UploadError> {
    let dir = uploads::dir(&state.config.data_dir);
    tokio::task::spawn_blocking(move || uploads::store_image(&bytes, &dir))
        .await
        .map_err(|_| UploadError::Storage)?
        .map(|stored| stored.key)
}

fn denied(err: AppError) -> Response {
    let status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::FORBIDDEN);
    let message = match &err {
        AppError::Denied(denial) => denial.message(true),
        AppError::NotFound => "Cette page n'existe pas.",
        _ => "Une erreur est survenue. Réessayez dans quelques instants.",
    };
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], message).into_response()
}

async fn company_logo(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Response {
    let me = match signed_in(&state, &headers).await {
        Ok(Some(me)) => me,
        Ok(None) => {
            // The slug comes from the address: only a well-formed one goes back into a header.
            let well_formed = !slug.is_empty()
                && slug.len() <= 160
                && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            let back = if well_formed {
                format!("/connexion?suite=/entreprises/{slug}/modifier")
            } else {
                "/connexion".to_string()
            };
            return Redirect::to(&back).into_response();
        }
        Err(err) => return denied(err),
    };
    let company = match find_by_slug(&state.db, &slug).await {
        Ok(company) => company,
        Err(err) => return denied(err),
    };
    if let Err(err) = authorize(&state.db, Some(&me), &company, CompanyAction::Edit).await {
        return denied(err);
    }
    let back = format!("/entreprises/{}/modifier", company.slug);
    let (file, remove) = match read_form(&mut multipart).await {
        Ok(form) => form,
        Err(err) => {
            return Redirect::to(&format!("{back}?logo_erreur={}", err.code())).into_response();
        }
    };
    let key = match (file, remove) {
        (Some(bytes), _) => match store(&state, bytes).await {
            Ok(key) => Some(key),
            Err(err) => {
                return Redirect::to(&format!("{back}?logo_erreur={}", err.code())).into_response();
            }
        },
        (None, true) => None,
        (None, false) => {
            return Redirect::to(&format!("{back}?logo_erreur={}", UploadError::Empty.code()))
                .into_response();
        }
    };
    let previous = company.logo_key.clone();
    let mut active = company.into_active_model();
    active.logo_key = Set(key);
    if let Err(err) = active.update(&state.db).await {
        return denied(err.into());
    }
    if let Some(previous) = previous {
        uploads::remove(&previous, &uploads::dir(&state.config.data_dir));
    }
    Redirect::to(&format!("{back}?logo=1")).into_response()
}

async fn my_photo(
    State(state): State<AppState>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Response {
    let me = match signed_in(&state, &headers).await {
        Ok(Some(me)) => me,
        Ok(None) => return Redirect::to("/connexion?suite=/compte").into_response(),
        Err(err) => return denied(err),
    };
    if let Err(denial) = crate::domain::permissions::check(
        Some(&me.viewer()),
        crate::domain::permissions::Capability::ManageOwnAccount,
    ) {
        return denied(AppError::Denied(denial));
    }
    let (file, remove) = match read_form(&mut multipart).await {
        Ok(form) => form,
        Err(err) => {
            return Redirect::to(&format!("/compte?photo_erreur={}#profil", err.code()))
                .into_response();
        }
    };
    let key = match (file, remove) {
        (Some(bytes), _) => match store(&state, bytes).await {
            Ok(key) => Some(key),
            Err(err) => {
                return Redirect::to(&format!("/compte?photo_erreur={}#profil", err.code()))
                    .into_response();
            }
        },
        (None, true) => None,
        (None, false) => {
            return Redirect::to(&format!(
                "/compte?photo_erreur={}#profil",
                UploadError::Empty.code()
            ))
            .into_response();
        }
    };
    let previous = me.user.photo_key.clone();
    let mut active = me.user.into_active_model();
    active.photo_key = Set(key);
    if let Err(err) = active.update(&state.db).await {
        return denied(err.into());
    }
    if let Some(previous) = previous {
        uploads::remove(&previous, &uploads::dir(&state.config.data_dir));
    }
    Redirect::to("/compte?photo=1#profil").into_response()
}
