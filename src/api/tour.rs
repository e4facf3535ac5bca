//! The guided tour and the help it shares with the guide page: which tour a person gets, their
//! progress, the "first steps" checklist, and the town hall's editor and funnel.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    domain::tour::{Placement, Situation},
    error::AppError,
};

/// A step as the tour shows it: texts in the reader's language, the page it is on, and what the
/// policy does not allow yet here, with the way to unlock it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TourStepView {
    pub id: String,
    pub path: String,
    pub target: Option<String>,
    pub placement: Placement,
    pub title: String,
    pub body: String,
    pub cannot: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TourView {
    pub situation: Situation,
    pub steps: Vec<TourStepView>,
    /// Signed in: progress lives on the server. Visitors keep theirs in the browser.
    pub member: bool,
    /// The tour starts by itself: a member who never saw it and did not turn tours off.
    pub auto_start: bool,
    /// The step the member was at, while a tour is under way.
    pub resume_at: Option<String>,
    /// An administrator's preview: nothing is recorded.
    pub preview: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideStep {
    pub title: String,
    pub body: String,
    pub cannot: Option<String>,
    pub path: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideSection {
    pub situation: Situation,
    pub steps: Vec<GuideStep>,
    /// The section that matches the reader.
    pub mine: bool,
}

/// A milestone of the "first steps" checklist, computed from what the member really did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    pub id: String,
    pub done: bool,
    pub href: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminStep {
    pub id: String,
    pub enabled: bool,
    pub position: usize,
    pub page: String,
    pub target: Option<String>,
    pub default_target: Option<String>,
    pub anchors: Vec<String>,
    pub title_fr: String,
    pub title_en: String,
    pub body_fr: String,
    pub body_en: String,
    pub edited: bool,
    pub reached: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminTour {
    pub situation: Situation,
    pub steps: Vec<AdminStep>,
    pub started: u64,
    pub finished: u64,
    pub skipped: u64,
    pub dismissed: u64,
}

/// The tour for the caller's situation (or, for an administrator, `preview`'s).
#[server(prefix = "/api", endpoint = "tour")]
pub async fn get_tour(#[server(default)] preview: String) -> Result<TourView, AppError> {
    crate::server::services::tour::tour(&preview).await
}

/// Records where a member is in their tour. Only the ids of that tour's steps are accepted.
#[server(prefix = "/api", endpoint = "tour_progress")]
pub async fn save_tour_progress(
    situation: String,
    step: String,
    status: String,
) -> Result<(), AppError> {
    crate::server::services::tour::save_progress(&situation, &step, &status).await
}

/// "Ne plus afficher": tours no longer start by themselves (the help menu still starts them).
#[server(prefix = "/api", endpoint = "dismiss_tours")]
pub async fn dismiss_tours(#[server(default)] situation: String) -> Result<(), AppError> {
    crate::server::services::tour::dismiss(&situation).await
}

/// The guide: every tour's content as a readable page.
#[server(prefix = "/api", endpoint = "guide")]
pub async fn get_guide() -> Result<Vec<GuideSection>, AppError> {
    crate::server::services::tour::guide().await
}

/// The member's "first steps", or `None` for a visitor or once everything is done.
#[server(prefix = "/api", endpoint = "first_steps")]
pub async fn get_first_steps() -> Result<Option<Vec<Milestone>>, AppError> {
    crate::server::services::tour::first_steps().await
}

#[server(prefix = "/api", endpoint = "admin/tours")]
pub async fn admin_tours() -> Result<Vec<AdminTour>, AppError> {
    crate::server::services::tour::admin_tours().await
}

#[server(prefix = "/api", endpoint = "admin/save_tour_step")]
pub async fn save_tour_step(
    step: String,
    #[server(default)] enabled: Option<String>,
    #[server(default)] target: String,
    title_fr: String,
    title_en: String,
    body_fr: String,
    body_en: String,
) -> Result<(), AppError> {
    crate::server::services::tour::save_step(
        &step,
        enabled.is_some(),
        &target,
        [&title_fr, &title_en, &body_fr, &body_en],
    )
    .await?;
    crate::server::auth::redirect_plain_form("/admin/visites?enregistree=1");
    Ok(())
}

/// Moves a step one place earlier (`up`) or later in its tour.
#[server(prefix = "/api", endpoint = "admin/move_tour_step")]
pub async fn move_tour_step(step: String, direction: String) -> Result<(), AppError> {
    crate::server::services::tour::move_step(&step, direction == "up").await?;
    crate::server::auth::redirect_plain_form("/admin/visites");
    Ok(())
}

/// Puts a step back as shipped: texts, target, place and on.
#[server(prefix = "/api", endpoint = "admin/reset_tour_step")]
pub async fn reset_tour_step(step: String) -> Result<(), AppError> {
    crate::server::services::tour::reset_step(&step).await?;
    crate::server::auth::redirect_plain_form("/admin/visites");
    Ok(())
}
