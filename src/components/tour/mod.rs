//! The guided tour: a Leptos engine, mounted only once the page is hydrated (the server-rendered
//! page never depends on it). It takes the steps the server chose for the person's situation,
//! leads from page to page, waits for targets that are not rendered yet, and places each step beside
//! its target with a spotlight — or, on phones and when nothing fits, as a bottom sheet — keeping
//! focus, keyboard and screen readers in mind.

pub mod placement;

#[cfg(feature = "hydrate")]
mod dom;

use leptos::{html, prelude::*, task::spawn_local};
use leptos_router::{NavigateOptions, hooks::use_location, hooks::use_navigate};

use crate::{
    api::tour::{DismissTours, SaveTourProgress, TourStepView, TourView, get_tour},
    domain::tour::{Placement, Situation},
    t, t_string, use_i18n,
};

/// How a tour was started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// The whole tour of the person's situation, from the first step.
    Full,
    /// Only the steps of the page the person is on.
    ThisPage,
    /// An administrator trying another situation's tour; nothing is recorded.
    Preview(Situation),
}

/// Started from anywhere: the help menu, the guide, the town hall's tour editor.
#[derive(Clone, Copy)]
pub struct TourControl {
    pub start: Callback<Start>,
    /// True once the tour engine runs (after hydration): buttons that start tours show then.
    pub ready: ReadSignal<bool>,
}

pub fn use_tour() -> Option<TourControl> {
    use_context::<TourControl>()
}

/// Where the open step stands on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub(crate) enum Layout {
    /// Not measured yet: drawn out of sight.
    Measuring,
    /// Beside its target.
    Anchored { x: f64, y: f64, side: Placement, arrow: f64 },
    /// A bottom sheet (phones, or no room beside the target).
    Sheet,
    /// Its target is not rendered yet: in the middle of the screen meanwhile.
    Waiting,
    /// No target, or it never came: in the middle of the screen.
    Centred,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Spot {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// Provides [`TourControl`] to the page inside it, and draws the open step after it.
#[component]
pub fn TourProvider(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let (ready, set_ready) = signal(false);
    let tour = RwSignal::new(None::<TourView>);
    let steps = RwSignal::new(Vec::<TourStepView>::new());
    let index = RwSignal::new(0usize);
    let open = RwSignal::new(false);
    let mode = RwSignal::new(Start::Full);
    let layout = RwSignal::new(Layout::Measuring);
    let spot = RwSignal::new(None::<Spot>);
    let resume = RwSignal::new(None::<usize>);
    let dialog = NodeRef::<html::Div>::new();
    let location = use_location();
    let navigate = use_navigate();
    let save = ServerAction::<SaveTourProgress>::new();
    let dismiss = ServerAction::<DismissTours>::new();

    let recording = move || {
        tour.with_untracked(|t| t.as_ref().is_some_and(|t| !t.preview))
            && !matches!(mode.get_untracked(), Start::Preview(_))
    };
    let member = move || tour.with_untracked(|t| t.as_ref().is_some_and(|t| t.member));
    let situation = move || {
        tour.with_untracked(|t| t.as_ref().map(|t| t.situation)).unwrap_or(Situation::Visitor)
    };
    let record = move |step: &str, status: &str| {
        if !recording() || mode.get_untracked() == Start::ThisPage {
            return;
        }
        if member() {
            save.dispatch(SaveTourProgress {
                situation: situation().as_str().into(),
                step: step.into(),
                status: status.into(),
            });
        } else {
            #[cfg(feature = "hydrate")]
            dom::remember_visitor(step, status);
        }
    };

    // Shows step `at`, going to its page first when it belongs to another one.
    let show = {
        let navigate = navigate.clone();
        move |at: usize| {
            let Some(step) = steps.with_untracked(|s| s.get(at).cloned()) else { return };
            index.set(at);
            layout.set(Layout::Measuring);
            spot.set(None);
            open.set(true);
            resume.set(None);
            record(&step.id, "active");
            let here = location.pathname.get_untracked();
            if step.target.is_some() && step.path != here {
                navigate(&step.path, NavigateOptions { scroll: false, ..Default::default() });
            }
        }
    };
    let close = move |status: &str| {
        if let Some(step) = steps.with_untracked(|s| s.get(index.get_untracked()).cloned()) {
            record(&step.id, status);
        }
        open.set(false);
        #[cfg(feature = "hydrate")]
        dom::leave();
    };

    let start = {
        let show = show.clone();
        Callback::new(move |how: Start| {
            let show = show.clone();
            spawn_local(async move {
                let preview = match how {
                    Start::Preview(s) => s.as_str().to_string(),
                    _ => String::new(),
                };
                let Ok(view) = get_tour(preview).await else { return };
                let here = location.pathname.get_untracked();
                let chosen: Vec<TourStepView> = match how {
                    Start::ThisPage => view
                        .steps
                        .iter()
                        .filter(|s| s.target.is_some() && s.path == here)
                        .cloned()
                        .collect(),
                    _ => view.steps.clone(),
                };
                mode.set(how);
                tour.set(Some(view));
                if chosen.is_empty() {
                    steps.set(vec![nothing_here(i18n.get_locale_untracked())]);
                } else {
                    steps.set(chosen);
                }
                show(0);
            });
        })
    };
    provide_context(TourControl { start, ready });
    let page = children();

    // After hydration: decide whether the tour starts by itself or resumes.
    Effect::new({
        let show = show.clone();
        move |_| {
            let show = show.clone();
            spawn_local(async move {
                if let Ok(view) = get_tour(String::new()).await {
                    let here = location.pathname.get_untracked();
                    let resume_at = if view.member {
                        view.resume_at.clone()
                    } else {
                        #[cfg(feature = "hydrate")]
                        let remembered = dom::visitor_progress();
                        #[cfg(not(feature = "hydrate"))]
                        let remembered: Option<(String, String)> = None;
                        remembered.filter(|(_, status)| status == "active").map(|(step, _)| step)
                    };
                    // Members get their tour on their first sign-in (and again when their
                    // situation changes); visitors on their first visit of the home page, never
                    // in the middle of signing up or in.
                    #[cfg(feature = "hydrate")]
                    let auto = if view.member {
                        view.auto_start
                    } else {
                        here == "/" && dom::visitor_progress().is_none()
                    };
                    #[cfg(not(feature = "hydrate"))]
                    let auto = false;
                    // A browser a member has used is no visitor's: no visitor tour after signing out.
                    #[cfg(feature = "hydrate")]
                    if view.member && dom::visitor_progress().is_none() {
                        dom::remember_visitor("", "member");
                    }
                    steps.set(view.steps.clone());
                    tour.set(Some(view));
                    mode.set(Start::Full);
                    let at = resume_at
                        .and_then(|id| steps.with_untracked(|s| s.iter().position(|s| s.id == id)));
                    match at {
                        Some(at) => {
                            let step = steps.with_untracked(|s| s[at].clone());
                            if step.target.is_none() || step.path == here {
                                show(at);
                            } else {
                                resume.set(Some(at));
                            }
                        }
                        None if auto => show(0),
                        None => {}
                    }
                }
                set_ready.set(true);
                // Once the first step (if any) is drawn, say the tour has decided.
                #[cfg(feature = "hydrate")]
                request_animation_frame(dom::mark_ready);
            });
        }
    });

    // Place the open step whenever it, the page or the viewport changes.
    #[cfg(feature = "hydrate")]
    {
        dom::follow(open, index, steps, layout, spot, dialog, location.pathname);
    }

    let next = {
        let show = show.clone();
        move || {
            let at = index.get_untracked() + 1;
            if at < steps.with_untracked(Vec::len) {
                show(at);
            } else {
                close("finished");
            }
        }
    };
    let previous = {
        let show = show.clone();
        move || {
            let at = index.get_untracked();
            if at > 0 {
                show(at - 1);
            }
        }
    };
    let on_keydown = {
        let (next, previous) = (next.clone(), previous.clone());
        move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
            "ArrowRight" => {
                ev.prevent_default();
                next();
            }
            "ArrowLeft" => {
                ev.prevent_default();
                previous();
            }
            "Escape" => {
                ev.prevent_default();
                close("skipped");
            }
            "Enter" => {
                // Buttons answer Enter themselves; elsewhere in the step it moves on.
                let on_button = ev
                    .target()
                    .and_then(|t| {
                        leptos::wasm_bindgen::JsCast::dyn_into::<
                                leptos::web_sys::HtmlButtonElement,
                            >(t)
                            .ok()
                    })
                    .is_some();
                if !on_button {
                    ev.prevent_default();
                    next();
                }
            }
            _ => {}
        }
    };
    let never_again = move || {
        if recording() {
            if member() {
                dismiss.dispatch(DismissTours { situation: situation().as_str().into() });
            } else {
                #[cfg(feature = "hydrate")]
                dom::remember_visitor("", "dismissed");
            }
        }
        open.set(false);
        #[cfg(feature = "hydrate")]
        dom::leave();
    };

    let current = move || steps.with(|s| s.get(index.get()).cloned());
    let count = move || steps.with(Vec::len);
    let progress = move || t_string!(i18n, tour.progress, n = index.get() + 1, total = count());

    view! {
        {page}
        <div class="tour-root" data-tour-root="">
            <div class="visually-hidden" aria-live="polite" aria-atomic="true">
                {move || open.get().then(progress)}
            </div>
            {move || resume.get().map(|at| {
                let show = show.clone();
                view! {
                    <aside class="tour-resume" aria-label=move || t_string!(i18n, tour.resume_label)>
                        <p>{move || t_string!(i18n, tour.resume_body, n = at + 1, total = count())}</p>
                        <div class="tour__buttons">
                            <button type="button" class="button" on:click=move |_| show(at)>{t!(i18n, tour.resume)}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| resume.set(None)>{t!(i18n, tour.later)}</button>
                        </div>
                    </aside>
                }
            })}
            <Show when=move || open.get()>
                {move || spot.get().map(|s| view! {
                    <div
                        class="tour-spotlight"
                        aria-hidden="true"
                        style:left=format!("{}px", s.x)
                        style:top=format!("{}px", s.y)
                        style:width=format!("{}px", s.w)
                        style:height=format!("{}px", s.h)
                    ></div>
                })}
                <Show when=move || spot.get().is_none()>
                    <div class="tour-backdrop" aria-hidden="true"></div>
                </Show>
                {
                    let (next, previous, on_keydown) = (next.clone(), previous.clone(), on_keydown.clone());
                    move || current().map(|step| {
                        let (next, previous, on_keydown) = (next.clone(), previous.clone(), on_keydown.clone());
                        let last = index.get_untracked() + 1 == count();
                        let first = index.get_untracked() == 0;
                        let class = move || match layout.get() {
                            Layout::Measuring => "tour tour--measuring".to_string(),
                            Layout::Anchored { side, .. } => format!("tour tour--anchored tour--{}", side_name(side)),
                            Layout::Sheet => "tour tour--sheet".to_string(),
                            Layout::Waiting => "tour tour--centred tour--waiting".to_string(),
                            Layout::Centred => "tour tour--centred".to_string(),
                        };
                        // Positions are set through the style object, which the page's CSP allows
                        // (a `style` attribute would need 'unsafe-inline').
                        let at = move |pick: fn(f64, f64) -> f64| match layout.get() {
                            Layout::Anchored { x, y, .. } => format!("{}px", pick(x, y)),
                            _ => String::new(),
                        };
                        let arrow_at = move |along: bool| match layout.get() {
                            Layout::Anchored { side, arrow, .. }
                                if along == matches!(side, Placement::Top | Placement::Bottom) =>
                            {
                                format!("{}px", arrow - 7.0)
                            }
                            _ => String::new(),
                        };
                        view! {
                            <div
                                class=class
                                style:left=move || at(|x, _| x)
                                style:top=move || at(|_, y| y)
                                role="dialog"
                                aria-modal="true"
                                aria-labelledby="tour-title"
                                aria-describedby="tour-body"
                                data-step=step.id.clone()
                                node_ref=dialog
                                on:keydown=on_keydown
                            >
                                <span
                                    class="tour__arrow"
                                    aria-hidden="true"
                                    style:left=move || arrow_at(true)
                                    style:top=move || arrow_at(false)
                                ></span>
                                <div class="tour__content">
                                <p class="tour__progress">{progress}</p>
                                <h2 id="tour-title" class="tour__title" tabindex="-1">{step.title.clone()}</h2>
                                <div id="tour-body" class="tour__body">
                                    <p>{step.body.clone()}</p>
                                    {step.cannot.clone().map(|cannot| view! {
                                        <p class="tour__cannot">
                                            <strong>{t!(i18n, tour.cannot_yet)}</strong> " " {cannot}
                                        </p>
                                    })}
                                </div>
                                <div class="tour__buttons">
                                    {(!first).then(|| view! {
                                        <button type="button" class="button button--secondary" on:click=move |_| previous()>
                                            {t!(i18n, tour.previous)}
                                        </button>
                                    })}
                                    <button type="button" class="button" on:click=move |_| next()>
                                        {if last { t!(i18n, tour.finish).into_any() } else { t!(i18n, tour.next).into_any() }}
                                    </button>
                                </div>
                                <div class="tour__links">
                                    <button type="button" class="link-button" on:click=move |_| close("skipped")>{t!(i18n, tour.skip)}</button>
                                    <button type="button" class="link-button" on:click=move |_| never_again()>{t!(i18n, tour.never)}</button>
                                </div>
                                </div>
                            </div>
                        }
                    })
                }
            </Show>
        </div>
    }
}

fn side_name(side: Placement) -> &'static str {
    match side {
        Placement::Top => "top",
        Placement::Bottom => "bottom",
        Placement::Left => "left",
        Placement::Right => "right",
    }
}

/// The step shown by "tour of this page" on a page that has none.
fn nothing_here(locale: crate::Locale) -> TourStepView {
    TourStepView {
        id: String::new(),
        path: String::new(),
        target: None,
        placement: Placement::Bottom,
        title: crate::td_string!(locale, tour.nothing_title).to_string(),
        body: crate::td_string!(locale, tour.nothing_body).to_string(),
        cannot: None,
    }
}

/// The "Aide" menu of the header: the guide always (a plain link), and once the page is hydrated
/// the whole tour and the tour of the current page.
#[component]
pub fn HelpMenu() -> impl IntoView {
    let i18n = use_i18n();
    let control = use_tour();
    let menu = NodeRef::<html::Details>::new();
    let run = move |how: Start| {
        if let Some(menu) = menu.get_untracked() {
            // Focus comes back to the menu's own button when the tour closes: the item that
            // started it is hidden with the closed menu.
            if let Some(summary) = menu.first_element_child()
                && let Ok(summary) =
                    leptos::wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::HtmlElement>(summary)
            {
                let _ = summary.focus();
            }
            menu.set_open(false);
        }
        if let Some(control) = control {
            control.start.run(how);
        }
    };
    let ready = move || control.is_some_and(|c| c.ready.get());
    view! {
        <details class="help-menu" data-tour="help-menu" node_ref=menu>
            <summary class="help-menu__summary">{t!(i18n, help.menu)}</summary>
            <ul class="help-menu__list">
                <Show when=ready>
                    <li><button type="button" class="link-button" on:click=move |_| run(Start::Full)>{t!(i18n, help.tour)}</button></li>
                    <li><button type="button" class="link-button" on:click=move |_| run(Start::ThisPage)>{t!(i18n, help.page_tour)}</button></li>
                </Show>
                <li><a href="/aide">{t!(i18n, help.guide)}</a></li>
            </ul>
        </details>
    }
}
