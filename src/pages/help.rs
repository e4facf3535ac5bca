//! The guide `/aide` (the tours' content as a page that reads without JavaScript), the "first steps"
//! checklist, and the town hall's tour editor `/admin/visites`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_query_map};

use crate::{
    api::tour::{
        AdminStep, AdminTour, MoveTourStep, ResetTourStep, SaveTourStep, admin_tours,
        get_first_steps, get_guide,
    },
    components::layout::page_title,
    components::{
        company::is_french,
        error::ErrorNotice,
        form::{Checkbox, ErrorSummary, Field, Select, Submitted, TextArea},
        tour::{Start, use_tour},
    },
    pages::{admin::AdminNav, admin_companies::refused},
    t, t_string, use_i18n,
};

#[component]
pub fn GuidePage() -> impl IntoView {
    let i18n = use_i18n();
    let guide = Resource::new(|| (), |_| get_guide());
    let tour = use_tour();
    let ready = move || tour.is_some_and(|t| t.ready.get());
    view! {
        <Title text=page_title(move || t_string!(i18n, guide.title).to_string()) />
        <div class="page page--narrow guide">
            <h1>{t!(i18n, guide.title)}</h1>
            <p class="lead">{t!(i18n, guide.intro)}</p>
            <Show when=ready>
                <p>
                    <button type="button" class="button" on:click=move |_| {
                        if let Some(tour) = tour { tour.start.run(Start::Full) }
                    }>{t!(i18n, help.tour)}</button>
                </p>
            </Show>
            <section aria-labelledby="guide-tips">
                <h2 id="guide-tips">{t!(i18n, guide.tips_title)}</h2>
                <p>{t!(i18n, guide.tips_body)}</p>
            </section>
            <Suspense>
                {move || Suspend::new(async move {
                    match guide.await {
                        Ok(sections) => {
                            sections.into_iter().map(|section| {
                                let situation = section.situation;
                                let id = format!("guide-{}", situation.as_str());
                                let labelled = id.clone();
                                view! {
                                    <section aria-labelledby=labelled class="guide__section" class:guide__section--mine=section.mine>
                                        <h2 id=id>
                                            {move || situation.label(is_french(i18n.get_locale()))}
                                            {section.mine.then(|| view! { " " <span class="badge">{t!(i18n, guide.yours)}</span> })}
                                        </h2>
                                        <ol class="guide__steps">
                                            {section.steps.into_iter().map(|step| view! {
                                                <li>
                                                    <h3>{step.title}</h3>
                                                    <p>{step.body}</p>
                                                    {step.cannot.map(|c| view! {
                                                        <p class="tour__cannot"><strong>{t!(i18n, tour.cannot_yet)}</strong> " " {c}</p>
                                                    })}
                                                    {step.path.filter(|p| p != "/").map(|p| view! {
                                                        <p><A href=p>{t!(i18n, guide.open_page)}</A></p>
                                                    })}
                                                </li>
                                            }).collect_view()}
                                        </ol>
                                    </section>
                                }
                            }).collect_view().into_any()
                        }
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// "Premiers pas": what a new member has done and what is left, until everything is done.
#[component]
pub fn FirstSteps() -> impl IntoView {
    let i18n = use_i18n();
    let steps = Resource::new(|| (), |_| get_first_steps());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let Ok(Some(milestones)) = steps.await else { return ().into_any() };
                let done = milestones.iter().filter(|m| m.done).count();
                let total = milestones.len();
                view! {
                    <section class="card first-steps" aria-labelledby="first-steps-title">
                        <h2 id="first-steps-title">{t!(i18n, first_steps.title)}</h2>
                        <p class="muted">{move || t_string!(i18n, first_steps.progress, done = done, total = total)}</p>
                        <progress max=total.to_string() value=done.to_string() aria-labelledby="first-steps-title"></progress>
                        <ul class="checklist" role="list">
                            {milestones.into_iter().map(|m| {
                                let id = m.id.clone();
                                let label = move || milestone_label(&id, is_french(i18n.get_locale()));
                                view! {
                                    <li class:checklist__done=m.done>
                                        {if m.done {
                                            view! {
                                                <span class="checklist__mark" aria-hidden="true">"✓"</span>
                                                <span>{label} <span class="visually-hidden">" " {t!(i18n, first_steps.done)}</span></span>
                                            }.into_any()
                                        } else {
                                            view! {
                                                <span class="checklist__mark" aria-hidden="true">"○"</span>
                                                <A href=m.href.clone()>{label}</A>
                                            }.into_any()
                                        }}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }.into_any()
            })}
        </Suspense>
    }
}

fn milestone_label(id: &str, fr: bool) -> &'static str {
    match (id, fr) {
        ("profile", true) => "Compléter votre profil : fonction et quelques mots",
        ("profile", false) => "Complete your profile: job title and a few words",
        ("company", true) => "Inscrire votre entreprise, ou rejoindre son équipe",
        ("company", false) => "Register your company, or join its team",
        ("logo", true) => "Ajouter le logo de votre entreprise",
        ("logo", false) => "Add your company's logo",
        ("team", true) => "Inviter un collègue",
        ("team", false) => "Invite a colleague",
        (_, true) => "Étape suivante",
        (_, false) => "Next step",
    }
}

#[component]
pub fn AdminToursPage() -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SaveTourStep>::new();
    let shift = ServerAction::<MoveTourStep>::new();
    let reset = ServerAction::<ResetTourStep>::new();
    let tours = Resource::new(
        move || (save.version().get(), shift.version().get(), reset.version().get()),
        |_| admin_tours(),
    );
    let query = use_query_map();
    let saved = Memo::new(move |_| query.with(|q| q.get("enregistree").is_some()));
    view! {
        <Title text=page_title(move || t_string!(i18n, admin_tours.title).to_string()) />
        <div class="page admin">
            <AdminNav />
            <h1>{t!(i18n, admin_tours.title)}</h1>
            <p class="lead" data-tour="admin-tours">{t!(i18n, admin_tours.intro)}</p>
            <Show when=move || saved.get() || matches!(save.value().get(), Some(Ok(())))>
                <p class="notice notice--success" role="status">{t!(i18n, admin_tours.saved)}</p>
            </Show>
            <Transition>
                {move || Suspend::new(async move {
                    match tours.await {
                        Ok(tours) => view! {
                            <div>
                                {tours.into_iter().map(|tour| view! { <TourEditor tour save shift reset /> }).collect_view()}
                            </div>
                        }.into_any(),
                        Err(error) => refused(error, "/admin/visites"),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn TourEditor(
    tour: AdminTour,
    save: ServerAction<SaveTourStep>,
    shift: ServerAction<MoveTourStep>,
    reset: ServerAction<ResetTourStep>,
) -> impl IntoView {
    let i18n = use_i18n();
    let control = use_tour();
    let ready = move || control.is_some_and(|c| c.ready.get());
    let situation = tour.situation;
    let id = format!("tour-{}", situation.as_str());
    let labelled = id.clone();
    let started = tour.started.max(1);
    let count = tour.steps.len();
    view! {
        <section class="card" aria-labelledby=labelled>
            <h2 id=id>{move || situation.label(is_french(i18n.get_locale()))}</h2>
            <Show when=ready>
                <p>
                    <button type="button" class="button button--secondary" on:click=move |_| {
                        if let Some(c) = control { c.start.run(Start::Preview(situation)) }
                    }>
                        {t!(i18n, admin_tours.preview)}
                        <span class="visually-hidden">" " {move || situation.label(is_french(i18n.get_locale()))}</span>
                    </button>
                </p>
            </Show>
            <table class="table funnel">
                <caption>{t!(i18n, admin_tours.funnel)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, admin_tours.stage)}</th>
                        <th scope="col" class="num">{t!(i18n, admin_tours.members)}</th>
                        <th scope="col" class="num">{t!(i18n, admin_tours.share)}</th>
                    </tr>
                </thead>
                <tbody>
                    <FunnelRow label=Signal::derive(move || t_string!(i18n, admin_tours.started).to_string()) value=tour.started of=started />
                    {tour.steps.iter().filter(|s| s.enabled).map(|s| {
                        let title = if is_french(i18n.get_locale_untracked()) { s.title_fr.clone() } else { s.title_en.clone() };
                        view! { <FunnelRow label=Signal::derive(move || title.clone()) value=s.reached of=started /> }
                    }).collect_view()}
                    <FunnelRow label=Signal::derive(move || t_string!(i18n, admin_tours.finished).to_string()) value=tour.finished of=started />
                    <FunnelRow label=Signal::derive(move || t_string!(i18n, admin_tours.skipped).to_string()) value=tour.skipped of=started />
                    <FunnelRow label=Signal::derive(move || t_string!(i18n, admin_tours.dismissed).to_string()) value=tour.dismissed of=started />
                </tbody>
            </table>
            <ol class="tour-steps">
                {tour.steps.into_iter().map(|step| view! { <StepEditor step count save shift reset /> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn FunnelRow(label: Signal<String>, value: u64, of: u64) -> impl IntoView {
    let share = (value as f64 / of as f64 * 100.0).round().min(100.0);
    view! {
        <tr>
            <th scope="row">{label}</th>
            <td class="num">{value}</td>
            <td class="num">{format!("{share:.0} %")}</td>
        </tr>
    }
}

#[component]
fn StepEditor(
    step: AdminStep,
    count: usize,
    save: ServerAction<SaveTourStep>,
    shift: ServerAction<MoveTourStep>,
    reset: ServerAction<ResetTourStep>,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = Submitted::of(save).only_when("step", step.id.clone());
    let form_name = format!("step-{}", step.id.replace('.', "-"));
    let anchors = step.anchors.clone();
    let options = Signal::derive(move || {
        let mut options = vec![(String::new(), t_string!(i18n, admin_tours.centred).to_string())];
        options.extend(anchors.iter().map(|a| (a.clone(), a.clone())));
        options
    });
    let id = StoredValue::new(step.id.clone());
    let title = if is_french(i18n.get_locale_untracked()) {
        step.title_fr.clone()
    } else {
        step.title_en.clone()
    };
    let hidden_title = StoredValue::new(title.clone());
    let value = move |name: &'static str, current: String| form.value(name, current);
    view! {
        <li class="card tour-step" class:tour-step--off=!step.enabled>
            <h3>
                {title} " "
                {(!step.enabled).then(|| view! { <span class="badge badge--archived">{t!(i18n, admin_tours.off)}</span> })}
                {step.edited.then(|| view! { <span class="badge">{t!(i18n, admin_tours.edited)}</span> })}
            </h3>
            <p class="muted small">
                {step.id.clone()} " · " {t!(i18n, admin_tours.page)} " " <code>{step.page.clone()}</code>
                " · " {t!(i18n, admin_tours.anchor)} " " <code>{step.target.clone().unwrap_or_else(|| "—".into())}</code>
            </p>
            <div class="actions-row">
                <ActionForm action=shift attr:class="inline-form">
                    <input type="hidden" name="step" value=id.get_value() />
                    <input type="hidden" name="direction" value="up" />
                    <button type="submit" class="button button--small button--secondary" disabled=step.position == 0>
                        {t!(i18n, admin_tours.up)}<span class="visually-hidden">" " {hidden_title.get_value()}</span>
                    </button>
                </ActionForm>
                <ActionForm action=shift attr:class="inline-form">
                    <input type="hidden" name="step" value=id.get_value() />
                    <input type="hidden" name="direction" value="down" />
                    <button type="submit" class="button button--small button--secondary" disabled=step.position + 1 == count>
                        {t!(i18n, admin_tours.down)}<span class="visually-hidden">" " {hidden_title.get_value()}</span>
                    </button>
                </ActionForm>
                <ActionForm action=reset attr:class="inline-form">
                    <input type="hidden" name="step" value=id.get_value() />
                    <button type="submit" class="button button--small button--secondary">
                        {t!(i18n, admin_tours.reset)}<span class="visually-hidden">" " {hidden_title.get_value()}</span>
                    </button>
                </ActionForm>
            </div>
            <details open=form.messages().with_untracked(|m| !m.is_empty())>
                <summary class="button button--secondary button--small">
                    {t!(i18n, admin_tours.edit)}<span class="visually-hidden">" " {hidden_title.get_value()}</span>
                </summary>
                <ActionForm action=save attr:class="form" attr:novalidate=true>
                    <ErrorSummary messages=form.messages() form=form_name.clone() />
                    <input type="hidden" name="step" value=id.get_value() />
                    <Checkbox name="enabled" form=form_name.clone() checked=Signal::derive(move || step.enabled)>
                        {t!(i18n, admin_tours.enabled)}
                    </Checkbox>
                    <Select
                        name="target"
                        form=form_name.clone()
                        label=Signal::derive(move || t_string!(i18n, admin_tours.target).to_string())
                        options
                        value=value("target", step.target.clone().unwrap_or_default())
                        error=form.field_error("target")
                        required=true
                    />
                    <Field name="title_fr" form=form_name.clone()
                        label=Signal::derive(move || t_string!(i18n, admin_tours.title_fr).to_string())
                        value=value("title_fr", step.title_fr.clone()) error=form.field_error("title_fr") maxlength=120 />
                    <TextArea name="body_fr" form=form_name.clone()
                        label=Signal::derive(move || t_string!(i18n, admin_tours.body_fr).to_string())
                        value=value("body_fr", step.body_fr.clone()) error=form.field_error("body_fr") required=true maxlength=800 rows=4 />
                    <Field name="title_en" form=form_name.clone()
                        label=Signal::derive(move || t_string!(i18n, admin_tours.title_en).to_string())
                        value=value("title_en", step.title_en.clone()) error=form.field_error("title_en") maxlength=120 />
                    <TextArea name="body_en" form=form_name.clone()
                        label=Signal::derive(move || t_string!(i18n, admin_tours.body_en).to_string())
                        value=value("body_en", step.body_en.clone()) error=form.field_error("body_en") required=true maxlength=800 rows=4 />
                    <button type="submit" class="button">{t!(i18n, admin_tours.save)}</button>
                </ActionForm>
            </details>
        </li>
    }
}
