//! A company's page `/entreprises/<slug>`, its edit form, and the registration of a new company.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{
    components::A,
    hooks::{use_params_map, use_query_map},
};

use crate::{
    api::companies::{
        ClaimCompany, CompanyView, JoinCompany, RegisterCompany, ResubmitCompany, UpdateCompany,
        get_company, get_company_form, list_park_options,
    },
    api::posts::{PostCard, get_company_posts},
    components::layout::page_title,
    components::{
        company::{
            CompanyFields, Logo, StatusBadge, band_label, is_french, naf_label, role_label,
            section_label,
        },
        error::ErrorNotice,
        form::{ErrorSummary, Submitted, TextArea},
        help::{HelpTip, LockedAction},
    },
    domain::{
        company::{CompanyStatus, legal_form_label},
        permissions::Denial,
    },
    error::AppError,
    pages::{account::SignInPrompt, not_found::NotFound},
    t, t_string, use_i18n,
};

fn slug_param() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()))
}

fn flag(name: &'static str) -> Memo<bool> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get(name).is_some()))
}

/// After a successful action with JavaScript, go where the plain form would have gone.
pub(crate) fn go_on_success<S>(
    action: ServerAction<S>,
    to: impl Fn(&S::Output) -> String + Send + Sync + 'static,
) where
    S: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Effect::new(move |_| {
        if let Some(Ok(output)) = action.value().get() {
            let _ = window().location().set_href(&to(&output));
        }
    });
}

#[component]
pub fn CompanyPage() -> impl IntoView {
    let slug = slug_param();
    let company = Resource::new(move || slug.get(), get_company);
    // Loaded beside the company, not inside its page: every resource of the page is known up front.
    let posts = Resource::new(move || slug.get(), get_company_posts);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let (company, posts) = (company.await, posts.await.ok());
                match company {
                    Ok(company) => view! { <CompanyDetails company posts /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(error) => view! { <div class="page"><ErrorNotice error /></div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CompanyDetails(company: CompanyView, posts: Option<Vec<PostCard>>) -> impl IntoView {
    let i18n = use_i18n();
    let (registered, saved, resent, asked, welcome, created) = (
        flag("inscrite"),
        flag("enregistree"),
        flag("renvoyee"),
        flag("demande"),
        flag("bienvenue"),
        flag("creee"),
    );
    let title = company.name.clone();
    let slug = company.slug.clone();
    let actions = company.actions.clone();
    let status = company.status;
    let section = company.section;

    view! {
        <Title text=title.clone() />
        <article class="page company" aria-labelledby="company-name">
            <Show when=move || registered.get()>
                <div class="notice notice--success" role="status">
                    <p><strong>{t!(i18n, company.registered_title)}</strong></p>
                    <p>{t!(i18n, company.registered_body)}</p>
                </div>
            </Show>
            <Show when=move || saved.get()>
                <p class="notice notice--success" role="status">{t!(i18n, company.saved)}</p>
            </Show>
            <Show when=move || resent.get()>
                <p class="notice notice--success" role="status">{t!(i18n, company.resubmitted)}</p>
            </Show>
            <Show when=move || asked.get()>
                <p class="notice notice--success" role="status">{t!(i18n, company.request_sent)}</p>
            </Show>
            <Show when=move || welcome.get()>
                <p class="notice notice--success" role="status">{t!(i18n, company.welcome)}</p>
            </Show>
            <Show when=move || created.get()>
                <p class="notice notice--success" role="status">{t!(i18n, company.created)}</p>
            </Show>
            <header class="company__header" data-tour="company-header">
                <Logo url=company.logo_url.clone() name=company.name.clone() class="logo logo--large" />
                <div>
                    <h1 id="company-name">
                        {company.name.clone()} " " <StatusBadge status />
                    </h1>
                    {company.trade_name.is_some().then(|| view! {
                        <p class="muted">{company.legal_name.clone()}</p>
                    })}
                    <p class="company__meta">
                        {section.map(|s| view! {
                            <A href=format!("/entreprises?secteur={s}")>{move || section_label(s, i18n.get_locale())}</A>
                        })}
                        {company.park.clone().map(|park| view! {
                            <A href=format!("/entreprises?zone={}", park.slug)>{park.name}</A>
                        })}
                    </p>
                </div>
            </header>
            {match status {
                CompanyStatus::Pending => Some(view! {
                    <div class="notice" data-tour="company-pending">
                        <p><strong>{t!(i18n, company.pending_title)}</strong></p>
                        <p>{t!(i18n, company.pending_body)}</p>
                    </div>
                }.into_any()),
                CompanyStatus::Rejected => Some(view! {
                    <div class="notice notice--error" data-tour="company-pending">
                        <p><strong>{t!(i18n, company.rejected_title)}</strong></p>
                        {company.rejection_reason.clone().map(|r| view! { <blockquote>{r}</blockquote> })}
                        <p>{t!(i18n, company.rejected_body)}</p>
                        {actions.edit.is_ok().then(|| {
                            let action = ServerAction::<ResubmitCompany>::new();
                            let slug = slug.clone();
                            go_on_success(action, {
                                let slug = slug.clone();
                                move |_| format!("/entreprises/{slug}?renvoyee=1")
                            });
                            view! {
                                <ActionForm action>
                                    <input type="hidden" name="slug" value=slug />
                                    <button type="submit" class="button">{t!(i18n, company.resubmit)}</button>
                                </ActionForm>
                            }
                        })}
                    </div>
                }.into_any()),
                CompanyStatus::Unclaimed => Some(view! {
                    <div class="notice notice--info">
                        <p><strong>{t!(i18n, company.unclaimed_title)}</strong></p>
                        <p>{t!(i18n, company.unclaimed_body)}</p>
                    </div>
                }.into_any()),
                CompanyStatus::Archived => Some(view! {
                    <p class="notice">{t!(i18n, company.archived)}</p>
                }.into_any()),
                CompanyStatus::Approved => None,
            }}
            <CompanyActionsBar company=company.clone() />
            {if company.full {
                view! { <CompanyBody company posts /> }.into_any()
            } else {
                view! {
                    <div class="notice notice--info">
                        <p>{t!(i18n, company.visitor_notice)}</p>
                        <p>
                            <A href=format!("/connexion?suite=/entreprises/{}", company.slug) attr:class="button">
                                {t!(i18n, sign_in.title)}
                            </A>
                            " "
                            <A href="/inscription" attr:class="button button--secondary">{t!(i18n, nav.sign_up)}</A>
                        </p>
                    </div>
                }
                .into_any()
            }}
        </article>
    }
}

/// What the caller can do here, and, greyed out with the reason, what they cannot yet.
#[component]
fn CompanyActionsBar(company: CompanyView) -> impl IntoView {
    let i18n = use_i18n();
    let actions = company.actions.clone();
    let slug = company.slug.clone();
    let mut items: Vec<AnyView> = Vec::new();
    if let Some(role) = actions.role {
        items.push(
            view! {
                <p class="company__role" data-tour="company-role">
                    {move || t_string!(i18n, company.your_role, role = role_label(role, i18n.get_locale()))}
                </p>
            }
            .into_any(),
        );
    }
    match actions.edit {
        Ok(()) => items.push(
            view! {
                <A href=format!("/entreprises/{slug}/modifier") attr:class="button" attr:data-tour="company-edit">
                    {t!(i18n, company.edit)}
                </A>
            }
            .into_any(),
        ),
        Err(Denial::EditorRoleRequired) => items.push(
            view! {
                <LockedAction
                    id="company-edit"
                    label=Signal::derive(move || t_string!(i18n, company.edit).to_string())
                    denial=Denial::EditorRoleRequired
                />
            }
            .into_any(),
        ),
        Err(_) => {}
    }
    if actions.role.is_some() {
        items.push(
            view! {
                <A href=format!("/entreprises/{slug}/equipe") attr:class="button button--secondary" attr:data-tour="company-team">
                    {t!(i18n, company.team)}
                </A>
            }
            .into_any(),
        );
        if actions.publish.is_ok() {
            items.push(
                view! {
                    <A href=format!("/annonces/nouvelle?entreprise={slug}") attr:class="button button--secondary" attr:data-tour="company-publish">
                        {t!(i18n, company.publish)}
                    </A>
                }
                .into_any(),
            );
        }
        if let Err(denial) = actions.publish {
            items.push(
                view! {
                    <LockedAction
                        id="company-publish"
                        label=Signal::derive(move || t_string!(i18n, company.publish).to_string())
                        denial
                    />
                }
                .into_any(),
            );
        }
    }
    let requested = actions.request_pending;
    let ask = match (actions.claim, actions.join) {
        (Some(allowed), _) => Some(("claim", allowed)),
        (None, Some(allowed)) => Some(("join", allowed)),
        _ => None,
    };
    let ask_view = ask.map(|(kind, allowed)| {
        if requested {
            return view! { <p class="notice" role="status">{t!(i18n, company.request_waiting)}</p> }.into_any();
        }
        match allowed {
            Ok(()) => view! { <RequestForm slug=slug.clone() kind /> }.into_any(),
            Err(Denial::SignInRequired) => view! {
                <p class="muted">
                    {if kind == "claim" { t!(i18n, company.claim_sign_in).into_any() } else { t!(i18n, company.join_sign_in).into_any() }}
                </p>
            }
            .into_any(),
            Err(denial) => view! {
                <LockedAction
                    id="company-request"
                    label=Signal::derive(move || if kind == "claim" {
                        t_string!(i18n, company.claim).to_string()
                    } else {
                        t_string!(i18n, company.join).to_string()
                    })
                    denial
                />
            }
            .into_any(),
        }
    });
    let connect_view =
        (!actions.connect.is_empty() || actions.connect_locked.is_some()).then(|| {
            view! {
                <crate::pages::network::ConnectPanel
                    target=slug.clone()
                    options=actions.connect.clone()
                    locked=actions.connect_locked
                />
            }
        });
    (!items.is_empty() || ask_view.is_some() || connect_view.is_some()).then(|| {
        view! {
            <div class="company__actions">
                {items}
                {ask_view}
            </div>
            {connect_view}
        }
    })
}

/// Claim an unclaimed page, or ask to join a team, with an optional message.
#[component]
fn RequestForm(slug: String, kind: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let claim = ServerAction::<ClaimCompany>::new();
    let join = ServerAction::<JoinCompany>::new();
    let done = {
        let slug = slug.clone();
        move |_: &()| format!("/entreprises/{slug}?demande=1")
    };
    go_on_success(claim, done.clone());
    go_on_success(join, done);
    let fields = move |form: Submitted<()>| {
        view! {
            <ErrorSummary messages=form.messages() form="request" />
            <input type="hidden" name="slug" value=slug.clone() />
            <TextArea
                name="message"
                form="request"
                label=Signal::derive(move || t_string!(i18n, company.request_message).to_string())
                hint=Signal::derive(move || if kind == "claim" {
                    t_string!(i18n, company.claim_hint).to_string()
                } else {
                    t_string!(i18n, company.join_hint).to_string()
                })
                value=form.value("message", String::new())
                error=form.field_error("message")
                maxlength=1000
                rows=3
            />
        }
    };
    view! {
        <details class="request" data-tour="company-request">
            <summary class="button button--secondary">
                {if kind == "claim" { t!(i18n, company.claim).into_any() } else { t!(i18n, company.join).into_any() }}
            </summary>
            {if kind == "claim" {
                view! {
                    <ActionForm action=claim attr:class="form">
                        {fields(Submitted::of(claim))}
                        <button type="submit" class="button">{t!(i18n, company.claim_submit)}</button>
                    </ActionForm>
                }
                .into_any()
            } else {
                view! {
                    <ActionForm action=join attr:class="form">
                        {fields(Submitted::of(join))}
                        <button type="submit" class="button">{t!(i18n, company.join_submit)}</button>
                    </ActionForm>
                }
                .into_any()
            }}
        </details>
    }
}

#[component]
fn CompanyBody(company: CompanyView, posts: Option<Vec<PostCard>>) -> impl IntoView {
    let i18n = use_i18n();
    let band = company.headcount_band.clone();
    let form = company.legal_form.clone();
    let has_contact =
        company.website.is_some() || company.phone.is_some() || company.public_email.is_some();
    view! {
        <div class="company__grid">
            <section class="company__about" aria-labelledby="about-title">
                <h2 id="about-title">{t!(i18n, company.about)}</h2>
                {if company.description_html.is_empty() {
                    view! { <p class="muted">{t!(i18n, company.no_description)}</p> }.into_any()
                } else {
                    // Rendered from markdown and cleaned by ammonia on the server.
                    view! { <div class="prose" inner_html=company.description_html.clone()></div> }.into_any()
                }}
                <h2 id="people-title">{t!(i18n, company.people)}</h2>
                {if company.people.is_empty() {
                    view! { <p class="muted">{t!(i18n, company.no_people)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="people" role="list" aria-labelledby="people-title">
                            {company.people.iter().cloned().map(|person| {
                                let role = person.role;
                                view! {
                                    <li class="person">
                                        <Logo url=person.photo_url.clone() name=person.name.clone() class="avatar" />
                                        <div>
                                            <A href=format!("/personnes/{}", person.id)>{person.name.clone()}</A>
                                            {person.job_title.clone().map(|t| view! { <span class="muted small">" · " {t}</span> })}
                                            <span class="muted small">" · " {move || role_label(role, i18n.get_locale())}</span>
                                        </div>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                {(company.status == CompanyStatus::Approved).then(|| {
                    let count = company.connections.len();
                    view! {
                        <h2 id="connections-title">
                            {t!(i18n, network.company_connections)} " (" {count} ")"
                        </h2>
                        {if company.connections.is_empty() {
                            view! { <p class="muted">{t!(i18n, network.company_connections_none)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="connection-chips" role="list" aria-labelledby="connections-title">
                                    {company.connections.iter().cloned().map(|c| view! {
                                        <li>
                                            <A href=format!("/entreprises/{}", c.slug)>
                                                <Logo url=c.logo_url.clone() name=c.name.clone() class="avatar" />
                                                <span>{c.name.clone()}</span>
                                            </A>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    }
                })}
                {(company.status == CompanyStatus::Approved).then(|| view! {
                    <crate::pages::feed::CompanyPosts posts=posts.clone() />
                })}
            </section>
            <aside class="company__facts" aria-labelledby="facts-title">
                <h2 id="facts-title">{t!(i18n, company.facts)}</h2>
                <dl class="facts">
                    {company.naf_code.clone().map(|code| view! {
                        <dt>{t!(i18n, company.activity)}</dt>
                        <dd>{naf_label(&code)}</dd>
                    })}
                    {form.map(|f| view! {
                        <dt>{t!(i18n, company_form.legal_form)}</dt>
                        <dd>{move || legal_form_label(&f, is_french(i18n.get_locale())).unwrap_or_default().to_string()}</dd>
                    })}
                    {band.map(|b| view! {
                        <dt>{t!(i18n, company_form.headcount_band)}</dt>
                        <dd>{move || band_label(&b, i18n.get_locale())}</dd>
                    })}
                    {company.year_founded.map(|y| view! {
                        <dt>{t!(i18n, company_form.year_founded)}</dt>
                        <dd>{y}</dd>
                    })}
                    {company.siret.clone().map(|s| view! {
                        <dt>
                            "SIRET "
                            <HelpTip id="tip-company-siret".into() about="SIRET">
                                {t!(i18n, company.siret_help)}
                            </HelpTip>
                        </dt>
                        <dd>{s}</dd>
                    })}
                    {company.address.clone().map(|a| view! {
                        <dt>{t!(i18n, company_form.address)}</dt>
                        <dd>{a}</dd>
                    })}
                </dl>
                {has_contact.then(|| view! {
                    <h2>{t!(i18n, company.contact)}</h2>
                    <ul class="contact" role="list" data-tour="company-contact">
                        {company.public_email.clone().map(|e| view! {
                            <li><a href=format!("mailto:{e}")>{e.clone()}</a></li>
                        })}
                        {company.phone.clone().map(|p| view! {
                            <li><a href=format!("tel:{}", p.replace(' ', ""))>{p.clone()}</a></li>
                        })}
                        {company.website.clone().map(|w| view! {
                            <li><a href=w.clone() rel="noopener noreferrer nofollow">{w.trim_start_matches("https://").trim_start_matches("http://").to_string()}</a></li>
                        })}
                    </ul>
                })}
            </aside>
        </div>
    }
}

#[component]
pub fn EditCompanyPage() -> impl IntoView {
    let i18n = use_i18n();
    let slug = slug_param();
    let values = Resource::new(move || slug.get(), get_company_form);
    let company = Resource::new(move || slug.get(), get_company);
    let parks = Resource::new(|| (), |_| list_park_options());
    let action = ServerAction::<UpdateCompany>::new();
    let form = Submitted::of(action);
    go_on_success(action, |slug: &String| format!("/entreprises/{slug}?enregistree=1"));
    view! {
        <Title text=page_title(move || t_string!(i18n, company.edit_title).to_string()) />
        <div class="page page--narrow">
            <Suspense>
                {move || Suspend::new(async move {
                    let (values, company, parks) = (values.await, company.await, parks.await);
                    match (values, company) {
                        (Ok(values), Ok(company)) => {
                            let approved = company.status == CompanyStatus::Approved;
                            let slug = company.slug.clone();
                            view! {
                                <p><A href=format!("/entreprises/{slug}")>{t!(i18n, company.back)}</A></p>
                                <h1>{t!(i18n, company.edit_title)} " — " {company.name.clone()}</h1>
                                <LogoForm company=company.clone() />
                                <ActionForm action attr:class="form" attr:novalidate=true>
                                    <ErrorSummary messages=form.messages() />
                                    <input type="hidden" name="slug" value=slug.clone() />
                                    <CompanyFields initial=values form parks=parks.unwrap_or_default() approved />
                                    <button type="submit" class="button">{t!(i18n, company.save)}</button>
                                </ActionForm>
                            }
                            .into_any()
                        }
                        (Err(AppError::Denied(Denial::SignInRequired)), _) => {
                            view! { <SignInPrompt next="/mes-entreprises" /> }.into_any()
                        }
                        (Err(AppError::NotFound), _) | (_, Err(AppError::NotFound)) => view! { <NotFound /> }.into_any(),
                        (Err(error), _) | (_, Err(error)) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// The logo is sent as a plain multipart form: the same with or without JavaScript.
#[component]
fn LogoForm(company: CompanyView) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let error = Memo::new(move |_| query.with(|q| q.get("logo_erreur")));
    let saved = flag("logo");
    let has_logo = company.logo_url.is_some();
    view! {
        <section class="card" aria-labelledby="logo-title">
            <h2 id="logo-title">{t!(i18n, company.logo_title)}</h2>
            <div class="logo-form">
                <Logo url=company.logo_url.clone() name=company.name.clone() class="logo logo--large" />
                <form
                    method="post"
                    action=format!("/entreprises/{}/logo", company.slug)
                    enctype="multipart/form-data"
                    class="form"
                >
                    <Show when=move || saved.get()>
                        <p class="notice notice--success" role="status">{t!(i18n, company.logo_saved)}</p>
                    </Show>
                    <div class="field" class:field--invalid=move || error.with(Option::is_some)>
                        <label for="logo-file">{t!(i18n, company.logo_file)}</label>
                        <p class="field__hint" id="logo-file-hint">{t!(i18n, company.logo_hint)}</p>
                        <p class="field__error" id="logo-file-error" role="alert" hidden=move || error.with(Option::is_none)>
                            {move || error.get().map(|code| upload_error(&code, is_french(i18n.get_locale())))}
                        </p>
                        <input
                            id="logo-file"
                            type="file"
                            name="image"
                            accept="image/png,image/jpeg,image/webp"
                            aria-describedby=move || if error.with(Option::is_some) { "logo-file-hint logo-file-error" } else { "logo-file-hint" }
                            aria-invalid=move || error.with(Option::is_some).then_some("true")
                        />
                    </div>
                    <div class="form__row">
                        <button type="submit" class="button">{t!(i18n, company.logo_submit)}</button>
                        {has_logo.then(|| view! {
                            <button type="submit" name="remove" value="1" class="button button--secondary">
                                {t!(i18n, company.logo_remove)}
                            </button>
                        })}
                    </div>
                </form>
            </div>
        </section>
    }
}

/// The message for an upload refused with `code` (carried back in the address).
pub fn upload_error(code: &str, fr: bool) -> &'static str {
    match (code, fr) {
        ("trop_lourd", true) => "Le fichier dépasse 2 Mo : choisissez une image plus légère.",
        ("trop_lourd", false) => "The file is over 2 MB: choose a lighter image.",
        ("format", true) => "Ce fichier n'est pas une image PNG, JPEG ou WebP.",
        ("format", false) => "This file is not a PNG, JPEG or WebP image.",
        ("dimensions", true) => "L'image est trop grande : 6 000 × 6 000 pixels au plus.",
        ("dimensions", false) => "The image is too large: 6,000 × 6,000 pixels at most.",
        ("illisible", true) => "L'image est endommagée et ne peut pas être lue.",
        ("illisible", false) => "The image is damaged and cannot be read.",
        ("vide", true) => "Choisissez un fichier avant d'envoyer.",
        ("vide", false) => "Choose a file before sending.",
        (_, true) => "L'image n'a pas pu être enregistrée. Réessayez dans un instant.",
        (_, false) => "The image could not be saved. Try again in a moment.",
    }
}

#[component]
pub fn RegisterCompanyPage() -> impl IntoView {
    let i18n = use_i18n();
    let parks = Resource::new(|| (), |_| list_park_options());
    let me = Resource::new(|| (), |_| crate::api::companies::get_my_companies());
    let action = ServerAction::<RegisterCompany>::new();
    let form = Submitted::of(action);
    go_on_success(action, |slug: &String| format!("/entreprises/{slug}?inscrite=1"));
    view! {
        <Title text=page_title(move || t_string!(i18n, register.title).to_string()) />
        <div class="page page--narrow">
            <h1>{t!(i18n, register.title)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match me.await {
                        Err(AppError::Denied(Denial::SignInRequired)) => {
                            view! { <SignInPrompt next="/mes-entreprises/nouvelle" /> }.into_any()
                        }
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                        Ok(mine) => match mine.register {
                            Err(denial) => view! {
                                <div class="notice">
                                    <p>{move || denial.message(is_french(i18n.get_locale()))}</p>
                                    <p><A href="/compte">{t!(i18n, account.title)}</A></p>
                                </div>
                            }
                            .into_any(),
                            Ok(()) => {
                                let parks = parks.await.unwrap_or_default();
                                view! {
                                    <p>{t!(i18n, register.intro)}</p>
                                    <p class="notice notice--info">
                                        {t!(i18n, register.claim_first)} " "
                                        <A href="/entreprises">{t!(i18n, register.search_directory)}</A>
                                    </p>
                                    <ActionForm action attr:class="form" attr:novalidate=true>
                                        <ErrorSummary messages=form.messages() />
                                        <CompanyFields initial=Default::default() form parks />
                                        <p class="muted small">{t!(i18n, register.review_note)}</p>
                                        <button type="submit" class="button">{t!(i18n, register.submit)}</button>
                                    </ActionForm>
                                }
                                .into_any()
                            }
                        },
                    }
                })}
            </Suspense>
        </div>
    }
}
