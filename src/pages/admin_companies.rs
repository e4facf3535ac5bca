//! The town hall's company pages: the approval queue `/admin/entreprises`, every company
//! `/admin/entreprises/toutes`, a new unclaimed page `/admin/entreprises/nouvelle` and the business
//! parks `/admin/zones`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{
    components::{A, Form},
    hooks::use_query_map,
};

use crate::{
    api::{
        admin::{
            ApproveCompany, CreateUnclaimedCompany, DecideClaim, ParkRow, PendingClaim,
            PendingCompany, RejectCompany, SavePark, admin_companies, admin_parks,
            get_review_queue,
        },
        companies::list_park_options,
    },
    components::layout::page_title,
    components::{
        company::{CompanyFields, is_french},
        error::ErrorNotice,
        form::{ErrorSummary, Field, Select, Submitted, TextArea},
    },
    domain::{company::CompanyStatus, permissions::Denial},
    error::AppError,
    pages::{account::SignInPrompt, admin::AdminNav},
    t, t_string, use_i18n,
};

fn flag(name: &'static str) -> Memo<bool> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get(name).is_some()))
}

/// Shown in place of an admin page to someone who may not see it.
pub fn refused(error: AppError, next: &'static str) -> AnyView {
    match error {
        AppError::Denied(Denial::SignInRequired) => view! { <SignInPrompt next /> }.into_any(),
        error => view! { <ErrorNotice error /> }.into_any(),
    }
}

#[component]
pub fn AdminCompaniesPage() -> impl IntoView {
    let i18n = use_i18n();
    let approve = ServerAction::<ApproveCompany>::new();
    let reject = ServerAction::<RejectCompany>::new();
    let decide = ServerAction::<DecideClaim>::new();
    let queue = Resource::new(
        move || (approve.version().get(), reject.version().get(), decide.version().get()),
        |_| get_review_queue(),
    );
    let (approved, rejected, claimed) = (flag("validee"), flag("refusee"), flag("revendication"));
    view! {
        <Title text=page_title(move || t_string!(i18n, admin_companies.title).to_string()) />
        <div class="page admin">
            <AdminNav />
            <h1>{t!(i18n, admin_companies.title)}</h1>
            <p class="actions-row">
                <A href="/admin/entreprises/toutes" attr:class="button button--secondary">{t!(i18n, admin_companies.all)}</A>
                <A href="/admin/entreprises/nouvelle" attr:class="button button--secondary">{t!(i18n, admin_companies.create)}</A>
                <A href="/admin/zones" attr:class="button button--secondary">{t!(i18n, parks.title)}</A>
            </p>
            <Show when=move || approved.get() || matches!(approve.value().get(), Some(Ok(())))>
                <p class="notice notice--success" role="status">{t!(i18n, admin_companies.approved)}</p>
            </Show>
            <Show when=move || rejected.get() || matches!(reject.value().get(), Some(Ok(())))>
                <p class="notice notice--success" role="status">{t!(i18n, admin_companies.rejected)}</p>
            </Show>
            <Show when=move || claimed.get() || matches!(decide.value().get(), Some(Ok(())))>
                <p class="notice notice--success" role="status">{t!(i18n, admin_companies.claim_decided)}</p>
            </Show>
            <Transition>
                {move || Suspend::new(async move {
                    match queue.await {
                        Ok(queue) => {
                            let (companies, claims) = (queue.companies.len(), queue.claims.len());
                            view! {
                            <section aria-labelledby="queue-title">
                                <h2 id="queue-title" data-tour="admin-queue">
                                    {move || t_string!(i18n, admin_companies.queue_title, count = companies)}
                                </h2>
                                {queue.companies.is_empty().then(|| view! { <p>{t!(i18n, admin_companies.queue_empty)}</p> })}
                                <ol class="review-list" role="list">
                                    {queue.companies.iter().cloned().map(|company| view! {
                                        <PendingCompanyCard company approve reject />
                                    }).collect_view()}
                                </ol>
                            </section>
                            <section aria-labelledby="claims-title">
                                <h2 id="claims-title">
                                    {move || t_string!(i18n, admin_companies.claims_title, count = claims)}
                                </h2>
                                {queue.claims.is_empty().then(|| view! { <p>{t!(i18n, admin_companies.claims_empty)}</p> })}
                                <ol class="review-list" role="list">
                                    {queue.claims.iter().cloned().map(|claim| view! {
                                        <PendingClaimCard claim decide />
                                    }).collect_view()}
                                </ol>
                            </section>
                        }.into_any()
                        }
                        Err(error) => refused(error, "/admin/entreprises"),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn PendingCompanyCard(
    company: PendingCompany,
    approve: ServerAction<ApproveCompany>,
    reject: ServerAction<RejectCompany>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = company.id.to_string();
    let reject_form = Submitted::of(reject).only_when("id", id.clone());
    let form_name = format!("reject-{}", company.id);
    let (name, name_approve, name_reject) =
        (company.name.clone(), company.name.clone(), company.name.clone());
    let approve_id = id.clone();
    view! {
        <li class="card review">
            <h3>
                <A href=format!("/entreprises/{}", company.slug)>{name}</A>
            </h3>
            <dl class="facts">
                <dt>{t!(i18n, company_form.legal_name)}</dt>
                <dd>{company.legal_name.clone()}</dd>
                <dt>"SIRET"</dt>
                <dd>
                    {company.siret.clone().unwrap_or_default()} " "
                    {match company.siret_problem.clone() {
                        None => view! { <span class="check check--ok">{t!(i18n, admin_companies.siret_ok)}</span> }.into_any(),
                        Some(problem) => view! { <span class="check check--bad">{problem}</span> }.into_any(),
                    }}
                </dd>
                {company.naf.clone().map(|naf| view! { <dt>{t!(i18n, company.activity)}</dt><dd>{naf}</dd> })}
                {company.address.clone().map(|a| view! { <dt>{t!(i18n, company_form.address)}</dt><dd>{a}</dd> })}
                <dt>{t!(i18n, admin_companies.submitted)}</dt>
                <dd>{company.submitted_at.clone()}</dd>
                {company.owner.clone().map(|(name, email)| view! {
                    <dt>{t!(i18n, admin_companies.owner)}</dt>
                    <dd>{name} " · " <a href=format!("mailto:{email}")>{email.clone()}</a></dd>
                })}
            </dl>
            {(!company.similar.is_empty()).then(|| view! {
                <div class="notice" role="note">
                    <p><strong>{t!(i18n, admin_companies.similar)}</strong></p>
                    <ul>
                        {company.similar.iter().cloned().map(|s| {
                            let reason = s.reason.clone();
                            view! {
                                <li>
                                    <A href=format!("/entreprises/{}", s.slug)>{s.name.clone()}</A>
                                    " · "
                                    {move || if reason == "siren" { t_string!(i18n, admin_companies.same_siren) } else { t_string!(i18n, admin_companies.same_name) }}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            })}
            <div class="review__actions">
                <ActionForm action=approve attr:class="inline-form">
                    <input type="hidden" name="id" value=approve_id />
                    <button type="submit" class="button">
                        {t!(i18n, admin_companies.approve)}
                        <span class="visually-hidden">" " {name_approve}</span>
                    </button>
                </ActionForm>
                <details>
                    <summary class="button button--secondary">
                        {t!(i18n, admin_companies.reject)}
                        <span class="visually-hidden">" " {name_reject}</span>
                    </summary>
                    <ActionForm action=reject attr:class="form">
                        <ErrorSummary messages=reject_form.messages() form=form_name.clone() />
                        <input type="hidden" name="id" value=id />
                        <TextArea
                            name="reason"
                            form=form_name.clone()
                            label=Signal::derive(move || t_string!(i18n, admin_companies.reason).to_string())
                            hint=Signal::derive(move || t_string!(i18n, admin_companies.reason_hint).to_string())
                            error=reject_form.field_error("reason")
                            required=true
                            maxlength=1000
                            rows=3
                        />
                        <button type="submit" class="button button--danger">{t!(i18n, admin_companies.reject_submit)}</button>
                    </ActionForm>
                </details>
            </div>
        </li>
    }
}

#[component]
fn PendingClaimCard(claim: PendingClaim, decide: ServerAction<DecideClaim>) -> impl IntoView {
    let i18n = use_i18n();
    let id = claim.id.to_string();
    let form = Submitted::of(decide).only_when("id", id.clone());
    let form_name = format!("claim-{}", claim.id);
    let (name, name_accept, name_decline) =
        (claim.company.clone(), claim.company.clone(), claim.company.clone());
    let accept_id = id.clone();
    view! {
        <li class="card review">
            <h3><A href=format!("/entreprises/{}", claim.slug)>{name}</A></h3>
            <dl class="facts">
                <dt>"SIRET"</dt>
                <dd>{claim.siret.clone().unwrap_or_default()}</dd>
                <dt>{t!(i18n, admin_companies.claimant)}</dt>
                <dd>{claim.requester.clone()} " · " <a href=format!("mailto:{}", claim.email)>{claim.email.clone()}</a></dd>
                <dt>{t!(i18n, admin_companies.submitted)}</dt>
                <dd>{claim.created_at.clone()}</dd>
            </dl>
            {(!claim.message.is_empty()).then(|| view! { <blockquote>{claim.message.clone()}</blockquote> })}
            <div class="review__actions">
                <ActionForm action=decide attr:class="inline-form">
                    <input type="hidden" name="id" value=accept_id />
                    <input type="hidden" name="accept" value="1" />
                    <button type="submit" class="button">
                        {t!(i18n, admin_companies.claim_accept)}
                        <span class="visually-hidden">" " {name_accept}</span>
                    </button>
                </ActionForm>
                <details>
                    <summary class="button button--secondary">
                        {t!(i18n, admin_companies.claim_decline)}
                        <span class="visually-hidden">" " {name_decline}</span>
                    </summary>
                    <ActionForm action=decide attr:class="form">
                        <ErrorSummary messages=form.messages() form=form_name.clone() />
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="accept" value="0" />
                        <TextArea
                            name="reason"
                            form=form_name.clone()
                            label=Signal::derive(move || t_string!(i18n, admin_companies.reason).to_string())
                            error=form.field_error("reason")
                            required=true
                            maxlength=1000
                            rows=3
                        />
                        <button type="submit" class="button button--danger">{t!(i18n, admin_companies.claim_decline)}</button>
                    </ActionForm>
                </details>
            </div>
        </li>
    }
}

#[component]
pub fn AdminAllCompaniesPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let params = Memo::new(move |_| {
        query.with(|q| {
            (
                q.get("statut").unwrap_or_default(),
                q.get("q").unwrap_or_default(),
                q.get("page").unwrap_or_default(),
            )
        })
    });
    let list = Resource::new(move || params.get(), |(s, q, p)| admin_companies(s, q, p));
    view! {
        <Title text=page_title(move || t_string!(i18n, admin_companies.all).to_string()) />
        <div class="page admin">
            <AdminNav />
            <h1>{t!(i18n, admin_companies.all)}</h1>
            <Form method="GET" action="/admin/entreprises/toutes" attr:class="filters" attr:role="search"
                attr:aria-label=move || t_string!(i18n, admin_companies.search_label)>
                <div class="field">
                    <label for="admin-q">{t!(i18n, admin_companies.search)}</label>
                    <input id="admin-q" type="search" name="q" maxlength="200" value=move || params.with(|p| p.1.clone()) />
                </div>
                <div class="field">
                    <label for="admin-statut">{t!(i18n, admin_companies.status)}</label>
                    <select id="admin-statut" name="statut">
                        <option value="" selected=move || params.with(|p| p.0.is_empty())>{t!(i18n, admin_companies.all_statuses)}</option>
                        {CompanyStatus::ALL.iter().map(|status| {
                            let status = *status;
                            view! {
                                <option value=status.as_str() selected=move || params.with(|p| p.0 == status.as_str())>
                                    {move || status.label(is_french(i18n.get_locale()))}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </div>
                <div class="filters__actions">
                    <button type="submit" class="button">{t!(i18n, directory.submit)}</button>
                </div>
            </Form>
            <Transition>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) => {
                            let (status, q, _) = params.get_untracked();
                            let href = Callback::new(move |n: u64| {
                                let map: leptos_router::params::ParamsMap = [("statut", status.clone()), ("q", q.clone()), ("page", n.to_string())]
                                    .into_iter()
                                    .filter(|(_, v)| !v.is_empty())
                                    .collect();
                                format!("/admin/entreprises/toutes{}", map.to_query_string())
                            });
                            view! {
                                <p class="muted">
                                    {list.counts.iter().map(|(status, n)| {
                                        let (status, n) = (*status, *n);
                                        view! { <span class="count-chip">{move || status.label(is_french(i18n.get_locale()))} " : " {n}</span> }
                                    }).collect_view()}
                                </p>
                                <table class="table">
                                    <caption>{move || t_string!(i18n, admin_companies.table_caption, count = list.total)}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{t!(i18n, team.name)}</th>
                                            <th scope="col">"SIRET"</th>
                                            <th scope="col">{t!(i18n, admin_companies.status)}</th>
                                            <th scope="col" class="num">{t!(i18n, admin_companies.people)}</th>
                                            <th scope="col">{t!(i18n, admin_companies.created)}</th>
                                            <th scope="col">{t!(i18n, team.actions)}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {list.rows.iter().map(|row| {
                                            let status = row.status;
                                            let (name, hidden_name) = (row.name.clone(), row.name.clone());
                                            view! {
                                                <tr>
                                                    <th scope="row"><A href=format!("/entreprises/{}", row.slug)>{name}</A></th>
                                                    <td>{row.siret.clone().unwrap_or_default()}</td>
                                                    <td>{move || status.label(is_french(i18n.get_locale()))}</td>
                                                    <td class="num">{row.members}</td>
                                                    <td>{row.created_at.clone()}</td>
                                                    <td>
                                                        <A href=format!("/entreprises/{}/modifier", row.slug)>
                                                            {t!(i18n, company.edit)}
                                                            <span class="visually-hidden">" " {hidden_name}</span>
                                                        </A>
                                                    </td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                                <crate::components::company::Pagination page=list.page pages=list.pages href />
                            }.into_any()
                        }
                        Err(error) => refused(error, "/admin/entreprises/toutes"),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
pub fn AdminNewCompanyPage() -> impl IntoView {
    let i18n = use_i18n();
    let parks = Resource::new(|| (), |_| list_park_options());
    let access = Resource::new(|| (), |_| crate::api::admin::get_admin_counts());
    let action = ServerAction::<CreateUnclaimedCompany>::new();
    let form = Submitted::of(action);
    Effect::new(move |_| {
        if let Some(Ok(slug)) = action.value().get() {
            let _ = window().location().set_href(&format!("/entreprises/{slug}?creee=1"));
        }
    });
    view! {
        <Title text=page_title(move || t_string!(i18n, admin_companies.create).to_string()) />
        <div class="page page--narrow admin">
            <AdminNav />
            <h1>{t!(i18n, admin_companies.create)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match access.await {
                        Ok(_) => {
                            let parks = parks.await.unwrap_or_default();
                            view! {
                                <p>{t!(i18n, admin_companies.create_intro)}</p>
                                <ActionForm action attr:class="form" attr:novalidate=true>
                                    <ErrorSummary messages=form.messages() />
                                    <CompanyFields initial=Default::default() form parks />
                                    <button type="submit" class="button">{t!(i18n, admin_companies.create_submit)}</button>
                                </ActionForm>
                            }.into_any()
                        }
                        Err(error) => refused(error, "/admin/entreprises/nouvelle"),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
pub fn AdminParksPage() -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SavePark>::new();
    let parks = Resource::new(move || save.version().get(), |_| admin_parks());
    let saved = flag("enregistree");
    view! {
        <Title text=page_title(move || t_string!(i18n, parks.title).to_string()) />
        <div class="page admin">
            <AdminNav />
            <h1>{t!(i18n, parks.title)}</h1>
            <p>{t!(i18n, parks.intro)}</p>
            <Show when=move || saved.get() || matches!(save.value().get(), Some(Ok(_)))>
                <p class="notice notice--success" role="status">{t!(i18n, parks.saved)}</p>
            </Show>
            <Transition>
                {move || Suspend::new(async move {
                    match parks.await {
                        Ok(list) => view! {
                            <ul class="review-list" role="list">
                                {list.into_iter().map(|park| view! { <ParkEditor park save /> }).collect_view()}
                            </ul>
                            <section class="card" aria-labelledby="new-park-title">
                                <h2 id="new-park-title">{t!(i18n, parks.new)}</h2>
                                <ParkForm park=None save />
                            </section>
                        }.into_any(),
                        Err(error) => refused(error, "/admin/zones"),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn ParkEditor(park: ParkRow, save: ServerAction<SavePark>) -> impl IntoView {
    let i18n = use_i18n();
    let status = park.status.clone();
    let companies = park.companies;
    view! {
        <li class="card">
            <h2>{park.name.clone()}</h2>
            <p class="muted">
                {move || crate::pages::home::park_status_label(&status, i18n.get_locale())}
                " · " {format!("{} ha", park.area_hectares).replace('.', ",")}
                " · " {move || t_string!(i18n, parks.companies, count = companies)}
                " · " <A href=format!("/entreprises?zone={}", park.slug)>{t!(i18n, parks.see_companies)}</A>
            </p>
            <details>
                <summary class="button button--secondary">
                    {t!(i18n, parks.edit)} <span class="visually-hidden">" " {park.name.clone()}</span>
                </summary>
                <ParkForm park=Some(park) save />
            </details>
        </li>
    }
}

#[component]
fn ParkForm(park: Option<ParkRow>, save: ServerAction<SavePark>) -> impl IntoView {
    let i18n = use_i18n();
    let form_name =
        park.as_ref().map(|p| format!("park-{}", p.id)).unwrap_or_else(|| "park-new".into());
    let form = Submitted::of(save).only_when("form", form_name.clone());
    let statuses = Signal::derive(move || {
        let locale = i18n.get_locale();
        crate::domain::company::PARK_STATUSES
            .iter()
            .map(|s| (s.to_string(), crate::pages::home::park_status_label(s, locale).to_string()))
            .collect::<Vec<_>>()
    });
    let value = move |name: &'static str, current: String| form.value(name, current);
    let p = park.clone();
    view! {
        <ActionForm action=save attr:class="form" attr:novalidate=true>
            <ErrorSummary messages=form.messages() form=form_name.clone() />
            <input type="hidden" name="form" value=form_name.clone() />
            {p.as_ref().map(|p| view! { <input type="hidden" name="id" value=p.id.to_string() /> })}
            <Field name="name" form=form_name.clone()
                label=Signal::derive(move || t_string!(i18n, parks.name).to_string())
                value=value("name", p.as_ref().map(|p| p.name.clone()).unwrap_or_default())
                error=form.field_error("name") maxlength=200 />
            <Field name="area_hectares" form=form_name.clone()
                label=Signal::derive(move || t_string!(i18n, parks.area).to_string())
                value=value("area_hectares", p.as_ref().map(|p| p.area_hectares.to_string().replace('.', ",")).unwrap_or_default())
                error=form.field_error("area_hectares") maxlength=10 />
            <Select name="status" form=form_name.clone()
                label=Signal::derive(move || t_string!(i18n, parks.status).to_string())
                options=statuses
                value=value("status", p.as_ref().map(|p| p.status.clone()).unwrap_or_else(|| "existing".into()))
                error=form.field_error("status") required=true />
            <Field name="main_activity" form=form_name.clone()
                label=Signal::derive(move || t_string!(i18n, parks.main_activity).to_string())
                value=value("main_activity", p.as_ref().map(|p| p.main_activity.clone()).unwrap_or_default())
                error=form.field_error("main_activity") required=false maxlength=200 />
            <TextArea name="description" form=form_name.clone()
                label=Signal::derive(move || t_string!(i18n, parks.description).to_string())
                value=value("description", p.as_ref().map(|p| p.description.clone()).unwrap_or_default())
                error=form.field_error("description") maxlength=4000 rows=4 />
            <button type="submit" class="button">{t!(i18n, parks.save)}</button>
        </ActionForm>
    }
}
