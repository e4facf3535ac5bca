use leptos::prelude::*;

use crate::{domain::figures::HomeFigures, error::AppError};

/// The live figures of the network for the home page. Public: everything here is aggregate.
#[server(prefix = "/api", endpoint = "home_figures")]
pub async fn get_home_figures() -> Result<HomeFigures, AppError> {
    use crate::server::{app_state, services::figures};

    let state = app_state()?;
    Ok(figures::home_figures(&state.db, state.config.town_company_count).await?)
}
