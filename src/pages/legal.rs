//! Privacy notice and terms of use. Their text becomes editable by administrators later; this is the
//! text a fresh installation ships with.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{components::layout::page_title, domain::site::SiteInfo, t, t_string, use_i18n};

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    let site = expect_context::<SiteInfo>();
    let town = site.town.clone();
    view! {
        <Title text=page_title(move || t_string!(i18n, legal.privacy_title).to_string()) />
        <article class="page page--narrow prose">
            <h1>{t!(i18n, legal.privacy_title)}</h1>
            <p>{move || t_string!(i18n, legal.privacy_controller, town = town.clone())}</p>
            <h2>{t!(i18n, legal.privacy_data_title)}</h2>
            <p>{t!(i18n, legal.privacy_data)}</p>
            <h2>{t!(i18n, legal.privacy_purpose_title)}</h2>
            <p>{t!(i18n, legal.privacy_purpose)}</p>
            <h2>{t!(i18n, legal.privacy_cookies_title)}</h2>
            <p>{t!(i18n, legal.privacy_cookies)}</p>
            <h2>{t!(i18n, legal.privacy_rights_title)}</h2>
            <p>{t!(i18n, legal.privacy_rights)}</p>
            <h2>{t!(i18n, legal.privacy_deletion_title)}</h2>
            <p>{t!(i18n, legal.privacy_deletion)}</p>
        </article>
    }
}

#[component]
pub fn TermsPage() -> impl IntoView {
    let i18n = use_i18n();
    let site = expect_context::<SiteInfo>();
    let (town, name) = (site.town.clone(), site.site_name.clone());
    view! {
        <Title text=page_title(move || t_string!(i18n, legal.terms_title).to_string()) />
        <article class="page page--narrow prose">
            <h1>{t!(i18n, legal.terms_title)}</h1>
            <p>{move || t_string!(i18n, legal.terms_intro, site = name.clone(), town = town.clone())}</p>
            <h2>{t!(i18n, legal.terms_members_title)}</h2>
            <p>{t!(i18n, legal.terms_members)}</p>
            <h2>{t!(i18n, legal.terms_content_title)}</h2>
            <p>{t!(i18n, legal.terms_content)}</p>
            <h2>{t!(i18n, legal.terms_moderation_title)}</h2>
            <p>{t!(i18n, legal.terms_moderation)}</p>
        </article>
    }
}
