use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{components::layout::page_title, t, t_string, use_i18n};

/// The answer to an unknown address, with a real 404 status.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <Title text=page_title(move || t_string!(i18n, not_found.title).to_string()) />
        <div class="page page--narrow">
            <h1>{t!(i18n, not_found.title)}</h1>
            <p>{t!(i18n, not_found.body)}</p>
            <p>
                <A href="/" attr:class="button">
                    {t!(i18n, not_found.back_home)}
                </A>
            </p>
        </div>
    }
}
