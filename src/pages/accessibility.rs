use leptos::prelude::*;
use leptos_meta::Title;

use crate::{components::layout::page_title, domain::site::SiteInfo, t, t_string, use_i18n};

/// The accessibility statement required of public bodies (RGAA), linked from every footer.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    let site = expect_context::<SiteInfo>();
    let (town, town2, name) = (site.town.clone(), site.town.clone(), site.site_name.clone());
    view! {
        <Title text=page_title(move || t_string!(i18n, a11y.title).to_string()) />
        <article class="page page--narrow prose">
            <h1>{t!(i18n, a11y.title)}</h1>
            <p>{move || t_string!(i18n, a11y.intro, town = town.clone(), site = name.clone())}</p>
            <h2>{t!(i18n, a11y.status_title)}</h2>
            <p>{t!(i18n, a11y.status_body)}</p>
            <h2>{t!(i18n, a11y.non_compliant_title)}</h2>
            <p>{t!(i18n, a11y.non_compliant_body)}</p>
            <h2>{t!(i18n, a11y.tech_title)}</h2>
            <p>{t!(i18n, a11y.tech_body)}</p>
            <h2>{t!(i18n, a11y.contact_title)}</h2>
            <p>{move || t_string!(i18n, a11y.contact_body, town = town2.clone())}</p>
            <h2>{t!(i18n, a11y.recourse_title)}</h2>
            <p>{t!(i18n, a11y.recourse_body)}</p>
        </article>
    }
}
