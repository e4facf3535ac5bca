//! The directory of the town's companies, `/entreprises`: every filter lives in the address, so a
//! search can be shared and works with JavaScript off; once hydrated, results follow the typing.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{
    components::{A, Form},
    hooks::use_query_map,
};

use crate::{
    api::companies::{CompanyCard, DirectoryPage as Results, list_park_options, search_companies},
    components::layout::page_title,
    components::{
        company::{Logo, Pagination, StatusBadge, band_label, section_label},
        error::ErrorNotice,
    },
    domain::{company::HEADCOUNT_BANDS, naf::SECTIONS},
    t, t_string, use_i18n,
};

/// The directory's parameters, as named in the address.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryParams {
    pub q: String,
    pub secteur: String,
    pub zone: String,
    pub effectif: String,
    pub tri: String,
    pub page: String,
    pub relations: String,
}

impl DirectoryParams {
    /// The address of these parameters at `page` (1 drops the parameter).
    pub fn href(&self, page: u64) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        for (name, value) in [
            ("q", &self.q),
            ("secteur", &self.secteur),
            ("zone", &self.zone),
            ("effectif", &self.effectif),
            ("tri", &self.tri),
            ("relations", &self.relations),
        ] {
            if !value.is_empty() {
                pairs.push((name, value.clone()));
            }
        }
        if page > 1 {
            pairs.push(("page", page.to_string()));
        }
        let map: leptos_router::params::ParamsMap = pairs.into_iter().collect();
        format!("/entreprises{}", map.to_query_string())
    }
}

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let params = Memo::new(move |_| {
        query.with(|q| DirectoryParams {
            q: q.get("q").unwrap_or_default(),
            secteur: q.get("secteur").unwrap_or_default(),
            zone: q.get("zone").unwrap_or_default(),
            effectif: q.get("effectif").unwrap_or_default(),
            tri: q.get("tri").unwrap_or_default(),
            page: q.get("page").unwrap_or_default(),
            relations: q.get("relations").unwrap_or_default(),
        })
    });
    let results = Resource::new(
        move || params.get(),
        |p| search_companies(p.q, p.secteur, p.zone, p.effectif, p.tri, p.page, p.relations),
    );
    let parks = Resource::new(|| (), |_| list_park_options());
    // Typing waits a moment before searching, so that each keystroke does not cost a request.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let search_soon = move |ev: leptos::ev::Event| {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let form = event_target::<leptos::web_sys::HtmlInputElement>(&ev).form();
        let handle = set_timeout_with_handle(
            move || {
                if let Some(form) = form {
                    let _ = form.request_submit();
                }
            },
            std::time::Duration::from_millis(300),
        )
        .ok();
        pending.set_value(handle);
    };
    let submit_now = move |ev: leptos::ev::Event| {
        if let Some(form) = event_target::<leptos::web_sys::HtmlSelectElement>(&ev).form() {
            let _ = form.request_submit();
        }
    };
    let submit_checked = move |ev: leptos::ev::Event| {
        if let Some(form) = event_target::<leptos::web_sys::HtmlInputElement>(&ev).form() {
            let _ = form.request_submit();
        }
    };

    view! {
        <Title text=page_title(move || t_string!(i18n, directory.title).to_string()) />
        <div class="page">
            <h1>{t!(i18n, directory.title)}</h1>
            <p class="lead">{t!(i18n, directory.intro)}</p>
            <Form
                method="GET"
                action="/entreprises"
                noscroll=true
                replace=true
                attr:class="filters"
                attr:role="search"
                attr:aria-label=move || t_string!(i18n, directory.search_label)
            >
                <div class="field filters__query">
                    <label for="directory-q">{t!(i18n, directory.query)}</label>
                    <input
                        id="directory-q"
                        type="search"
                        name="q"
                        maxlength="200"
                        autocomplete="off"
                        value=move || params.with(|p| p.q.clone())
                        aria-describedby="directory-q-hint"
                        on:input=search_soon
                        data-tour="directory-search"
                    />
                    <p class="field__hint" id="directory-q-hint">{t!(i18n, directory.query_hint)}</p>
                </div>
                <div class="field">
                    <label for="directory-secteur">{t!(i18n, directory.sector)}</label>
                    <select id="directory-secteur" name="secteur" on:change=submit_now>
                        <option value="" selected=move || params.with(|p| p.secteur.is_empty())>
                            {t!(i18n, directory.all_sectors)}
                        </option>
                        {SECTIONS
                            .iter()
                            .map(|s| {
                                let code = s.code.to_string();
                                let selected = {
                                    let code = code.clone();
                                    move || params.with(|p| p.secteur.eq_ignore_ascii_case(&code))
                                };
                                let section = s.code;
                                view! {
                                    <option value=code selected=selected>
                                        {move || section_label(section, i18n.get_locale())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="directory-zone">{t!(i18n, directory.park)}</label>
                    <select id="directory-zone" name="zone" on:change=submit_now>
                        <option value="" selected=move || params.with(|p| p.zone.is_empty())>
                            {t!(i18n, directory.all_parks)}
                        </option>
                        <Suspense>
                            {move || Suspend::new(async move {
                                parks
                                    .await
                                    .unwrap_or_default()
                                    .into_iter()
                                    .map(|park| {
                                        let slug = park.slug.clone();
                                        let selected = move || params.with(|p| p.zone == slug);
                                        view! { <option value=park.slug selected=selected>{park.name}</option> }
                                    })
                                    .collect_view()
                            })}
                        </Suspense>
                    </select>
                </div>
                <div class="field">
                    <label for="directory-effectif">{t!(i18n, directory.band)}</label>
                    <select id="directory-effectif" name="effectif" on:change=submit_now>
                        <option value="" selected=move || params.with(|p| p.effectif.is_empty())>
                            {t!(i18n, directory.all_bands)}
                        </option>
                        {HEADCOUNT_BANDS
                            .iter()
                            .map(|(code, _, _)| {
                                let code = code.to_string();
                                let selected = {
                                    let code = code.clone();
                                    move || params.with(|p| p.effectif == code)
                                };
                                let label_code = code.clone();
                                view! {
                                    <option value=code selected=selected>
                                        {move || band_label(&label_code, i18n.get_locale())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="directory-tri">{t!(i18n, directory.sort)}</label>
                    <select id="directory-tri" name="tri" on:change=submit_now>
                        <option value="" selected=move || params.with(|p| p.tri != "recent")>
                            {t!(i18n, directory.sort_name)}
                        </option>
                        <option value="recent" selected=move || params.with(|p| p.tri == "recent")>
                            {t!(i18n, directory.sort_recent)}
                        </option>
                    </select>
                </div>
                // Members only: visitors have no connections.
                <Transition>
                    {move || Suspend::new(async move {
                        results.await.is_ok_and(|found| found.full).then(|| view! {
                            <div class="field field--checkbox filters__relations" data-tour="directory-relations">
                                <input
                                    id="directory-relations"
                                    type="checkbox"
                                    name="relations"
                                    value="1"
                                    checked=move || params.with(|p| !p.relations.is_empty())
                                    on:change=submit_checked
                                />
                                <label for="directory-relations">{t!(i18n, directory.connections_only)}</label>
                            </div>
                        })
                    })}
                </Transition>
                <div class="filters__actions">
                    <button type="submit" class="button">{t!(i18n, directory.submit)}</button>
                    <A href="/entreprises" attr:class="button button--secondary">
                        {t!(i18n, directory.reset)}
                    </A>
                </div>
            </Form>
            <Transition fallback=move || view! { <p class="muted" role="status">{t!(i18n, directory.loading)}</p> }>
                {move || Suspend::new(async move {
                    match results.await {
                        Ok(found) => view! { <ResultList found params=params.get_untracked() /> }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn ResultList(found: Results, params: DirectoryParams) -> impl IntoView {
    let i18n = use_i18n();
    let total = found.total;
    let full = found.full;
    let href = Callback::new(move |n: u64| params.href(n));
    view! {
        <p class="results-count" role="status" aria-live="polite" aria-atomic="true">
            {move || t_string!(i18n, directory.count, count = total)}
        </p>
        {(!full).then(|| view! {
            <div class="notice notice--info">
                <p>{t!(i18n, directory.visitor_notice)} " "
                    <A href="/connexion?suite=/entreprises">{t!(i18n, sign_in.title)}</A>
                </p>
            </div>
        })}
        {found.items.is_empty().then(|| view! { <p>{t!(i18n, directory.empty)}</p> })}
        <ul class="company-list" role="list">
            {found.items.into_iter().map(|card| view! { <CompanyListItem card /> }).collect_view()}
        </ul>
        <Pagination page=found.page pages=found.pages href />
    }
}

#[component]
fn CompanyListItem(card: CompanyCard) -> impl IntoView {
    let i18n = use_i18n();
    let section = card.section;
    let band = card.headcount_band.clone();
    view! {
        <li class="company-card">
            <Logo url=card.logo_url.clone() name=card.name.clone() />
            <div class="company-card__body">
                <h2 class="company-card__name">
                    <A href=format!("/entreprises/{}", card.slug)>{card.name.clone()}</A>
                    " "
                    <StatusBadge status=card.status />
                </h2>
                <p class="company-card__meta">
                    {section.map(|s| view! { <span>{move || section_label(s, i18n.get_locale())}</span> })}
                    {card.park_name.clone().map(|park| view! { <span>{park}</span> })}
                    {band.map(|b| view! { <span>{move || band_label(&b, i18n.get_locale())}</span> })}
                </p>
                {card.excerpt.clone().filter(|e| !e.is_empty()).map(|e| view! { <p class="company-card__excerpt">{e}</p> })}
                {card.address.clone().map(|a| view! { <p class="company-card__address muted small">{a}</p> })}
            </div>
        </li>
    }
}
