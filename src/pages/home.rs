use leptos::{ev::KeyboardEvent, html, prelude::*};
use leptos_meta::Title;

use crate::{
    Locale,
    api::site::get_home_figures,
    components::error::ErrorNotice,
    components::layout::page_title,
    domain::{figures::HomeFigures, naf, site::SiteInfo},
    t, t_string, td_string, use_i18n,
};

/// The public face of the network: what it is, and how much of the town is on it.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let site = expect_context::<SiteInfo>();
    let figures = Resource::new(|| (), |_| get_home_figures());
    let (town, name) = (site.town.clone(), site.site_name.clone());

    view! {
        <Title text=page_title(move || t_string!(i18n, home.title).to_string()) />
        <section class="hero">
            <div class="hero__inner">
                <p class="hero__kicker">
                    {move || t_string!(i18n, home.kicker, town = town.clone())}
                </p>
                <h1>{site.site_name.clone()}</h1>
                <p class="hero__lead">
                    {move || t_string!(i18n, home.lead, site = name.clone())}
                </p>
                <p>{t!(i18n, home.lead_town_hall)}</p>
            </div>
        </section>
        <div class="page page--flush">
            <crate::pages::help::FirstSteps />
        </div>
        <section class="page figures" aria-labelledby="figures-title">
            <h2 id="figures-title" data-tour="home-figures">{t!(i18n, home.figures_title)}</h2>
            <Suspense fallback=move || {
                view! {
                    <p role="status" class="muted">
                        {t!(i18n, home.figures_loading)}
                    </p>
                }
            }>
                {move || Suspend::new(async move {
                    match figures.await {
                        Ok(figures) => view! { <Figures figures /> }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Figures(figures: HomeFigures) -> impl IntoView {
    let i18n = use_i18n();
    let town = expect_context::<SiteInfo>().town;
    let coverage = figures.coverage_percent();
    let total = figures.town_company_count;
    let parks = figures.by_park.len();

    view! {
        <ul class="stats" role="list">
            <li class="stat">
                <span class="stat__value" data-testid="registered-companies">
                    {figures.registered_companies}
                </span>
                <span class="stat__label">{t!(i18n, home.registered)}</span>
                <span class="stat__hint">
                    {move || t_string!(i18n, home.registered_out_of, total, town = town.clone())}
                </span>
            </li>
            <li class="stat">
                <span class="stat__value" data-testid="coverage">
                    {coverage}
                    " %"
                </span>
                <span class="stat__label">{t!(i18n, home.coverage)}</span>
                <meter
                    class="stat__meter"
                    min="0"
                    max="100"
                    value=coverage
                    aria-label=move || t_string!(i18n, home.coverage_label)
                ></meter>
            </li>
            <li class="stat">
                <span class="stat__value" data-testid="members">
                    {figures.members}
                </span>
                <span class="stat__label">{t!(i18n, home.members)}</span>
                <span class="stat__hint">{t!(i18n, home.members_hint)}</span>
            </li>
            <li class="stat">
                <span class="stat__value">{parks}</span>
                <span class="stat__label">{t!(i18n, home.parks)}</span>
                <span class="stat__hint">{t!(i18n, home.parks_hint)}</span>
            </li>
        </ul>
        <Breakdown figures />
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Sector,
    Park,
}

impl Tab {
    fn other(self) -> Self {
        match self {
            Tab::Sector => Tab::Park,
            Tab::Park => Tab::Sector,
        }
    }
}

/// Registered companies by sector and by business park. Rendered as two tables; once the page is
/// hydrated they become tabs (WAI-ARIA tabs pattern: arrows, Home and End move between them).
#[component]
fn Breakdown(figures: HomeFigures) -> impl IntoView {
    let i18n = use_i18n();
    let interactive = RwSignal::new(false);
    Effect::new(move |_| interactive.set(true));
    let active = RwSignal::new(Tab::Sector);
    let sector_tab = NodeRef::<html::Button>::new();
    let park_tab = NodeRef::<html::Button>::new();

    let select = move |tab: Tab| {
        active.set(tab);
        let node = match tab {
            Tab::Sector => sector_tab.get(),
            Tab::Park => park_tab.get(),
        };
        if let Some(button) = node {
            let _ = button.focus();
        }
    };
    let on_keydown = move |ev: KeyboardEvent| match ev.key().as_str() {
        "ArrowRight" | "ArrowLeft" => {
            ev.prevent_default();
            select(active.get_untracked().other());
        }
        "Home" => {
            ev.prevent_default();
            select(Tab::Sector);
        }
        "End" => {
            ev.prevent_default();
            select(Tab::Park);
        }
        _ => {}
    };
    let hidden = move |tab: Tab| interactive.get() && active.get() != tab;
    let tab_attrs = move |tab: Tab| {
        (
            move || (active.get() == tab).to_string(),
            move || if active.get() == tab { "0" } else { "-1" },
        )
    };
    let (sector_selected, sector_tabindex) = tab_attrs(Tab::Sector);
    let (park_selected, park_tabindex) = tab_attrs(Tab::Park);

    let largest = figures.largest_group().max(1);
    let empty = figures.registered_companies == 0;
    let sectors = figures.by_sector.clone();
    let parks = figures.by_park.clone();
    let outside = figures.outside_parks;

    view! {
        <section class="breakdown" aria-labelledby="breakdown-title">
            <h2 id="breakdown-title">{t!(i18n, home.breakdown_title)}</h2>
            {empty.then(|| view! { <p>{t!(i18n, home.breakdown_empty)}</p> })}
            <Show when=move || interactive.get() && !empty>
                <div
                    class="tabs"
                    role="tablist"
                    aria-labelledby="breakdown-title"
                    on:keydown=on_keydown
                >
                    <button
                        type="button"
                        role="tab"
                        id="tab-sector"
                        class="tabs__tab"
                        aria-controls="panel-sector"
                        aria-selected=sector_selected
                        tabindex=sector_tabindex
                        node_ref=sector_tab
                        on:click=move |_| select(Tab::Sector)
                    >
                        {t!(i18n, home.by_sector)}
                    </button>
                    <button
                        type="button"
                        role="tab"
                        id="tab-park"
                        class="tabs__tab"
                        aria-controls="panel-park"
                        aria-selected=park_selected
                        tabindex=park_tabindex
                        node_ref=park_tab
                        on:click=move |_| select(Tab::Park)
                    >
                        {t!(i18n, home.by_park)}
                    </button>
                </div>
            </Show>
            {(!empty)
                .then(|| {
                    view! {
                <ChartPanel
                    id="panel-sector"
                    tab_id="tab-sector"
                    interactive
                    hidden=Signal::derive(move || hidden(Tab::Sector))
                    caption=Signal::derive(move || {
                        t_string!(i18n, home.breakdown_caption_sector).to_string()
                    })
                    label_column=Signal::derive(move || {
                        t_string!(i18n, home.sector_column).to_string()
                    })
                >
                    {sectors
                        .clone()
                        .into_iter()
                        .map(|row| {
                            view! {
                                <ChartRow value=row.companies largest>
                                    {move || sector_label(row.section, i18n.get_locale())}
                                </ChartRow>
                            }
                        })
                        .collect_view()}
                </ChartPanel>
                <ChartPanel
                    id="panel-park"
                    tab_id="tab-park"
                    interactive
                    hidden=Signal::derive(move || hidden(Tab::Park))
                    caption=Signal::derive(move || {
                        t_string!(i18n, home.breakdown_caption_park).to_string()
                    })
                    label_column=Signal::derive(move || t_string!(i18n, home.park_column).to_string())
                >
                    {parks
                        .clone()
                        .into_iter()
                        .map(|park| {
                            let status = park.status.clone();
                            view! {
                                <ChartRow value=park.companies largest>
                                    {park.name.clone()}
                                    <span class="muted small">
                                        " · "
                                        {move || park_status_label(&status, i18n.get_locale())}
                                        " · "
                                        {format_hectares(park.area_hectares)}
                                    </span>
                                </ChartRow>
                            }
                        })
                        .collect_view()}
                    <ChartRow value=outside largest>
                        {t!(i18n, home.outside_parks)}
                    </ChartRow>
                </ChartPanel>
                    }
                })}
        </section>
    }
}

/// One table of the breakdown: a plain captioned table before hydration, a tab panel after.
#[component]
fn ChartPanel(
    id: &'static str,
    tab_id: &'static str,
    interactive: RwSignal<bool>,
    hidden: Signal<bool>,
    caption: Signal<String>,
    label_column: Signal<String>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div
            id=id
            class="tabs__panel"
            role=move || interactive.get().then_some("tabpanel")
            aria-labelledby=move || interactive.get().then_some(tab_id)
            tabindex=move || interactive.get().then_some("0")
            hidden=hidden
        >
            <table class="chart-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{label_column}</th>
                        <th scope="col" class="num">
                            {t!(i18n, home.companies_column)}
                        </th>
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

#[component]
fn ChartRow(value: u64, largest: u64, children: Children) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{children()}</th>
            <td class="num">
                <Bar value largest />
                {value}
            </td>
        </tr>
    }
}

/// A horizontal bar proportional to `value`; decorative, the number beside it carries the meaning.
#[component]
fn Bar(value: u64, largest: u64) -> impl IntoView {
    let width = (value as f64 / largest as f64 * 100.0).clamp(0.0, 100.0);
    view! {
        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="bar__track" x="0" y="0" width="100" height="10" />
            <rect class="bar__fill" x="0" y="0" width=format!("{width:.1}") height="10" />
        </svg>
    }
}

fn sector_label(section: char, locale: Locale) -> String {
    match naf::section(section) {
        Some(s) => match locale {
            Locale::fr => s.label_fr.to_string(),
            Locale::en => s.label_en.to_string(),
        },
        None => section.to_string(),
    }
}

pub fn park_status_label(status: &str, locale: Locale) -> &'static str {
    match status {
        "under_construction" => td_string!(locale, park_status.under_construction),
        "marketing" => td_string!(locale, park_status.marketing),
        _ => td_string!(locale, park_status.existing),
    }
}

fn format_hectares(area: f64) -> String {
    if area.fract() == 0.0 {
        format!("{area:.0} ha")
    } else {
        format!("{area:.1} ha").replace('.', ",")
    }
}
