//! A company's people `/entreprises/<slug>/equipe`, the member's companies `/mes-entreprises`, an
//! invitation link `/invitation`, and a person's profile `/personnes/<id>`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{
    components::A,
    hooks::{use_params_map, use_query_map},
};

use crate::{
    api::companies::{
        AcceptInvitation, ChangeMemberRole, DecideJoinRequest, InviteMember, RemoveMember,
        RevokeInvitation, TeamView, TransferOwnership, get_invitation, get_my_companies,
        get_person, get_team,
    },
    components::layout::page_title,
    components::{
        company::{Logo, StatusBadge, is_french, role_label},
        error::ErrorNotice,
        form::{ErrorSummary, Field, Select, Submitted},
        help::{HelpTip, LockedAction},
    },
    domain::{
        company::{CompanyStatus, MemberRole},
        permissions::Denial,
    },
    error::AppError,
    pages::{account::SignInPrompt, not_found::NotFound},
    t, t_string, use_i18n,
};

fn flag(name: &'static str) -> Memo<bool> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get(name).is_some()))
}

#[component]
pub fn TeamPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    let invite = ServerAction::<InviteMember>::new();
    let revoke = ServerAction::<RevokeInvitation>::new();
    let change = ServerAction::<ChangeMemberRole>::new();
    let remove = ServerAction::<RemoveMember>::new();
    let transfer = ServerAction::<TransferOwnership>::new();
    let decide = ServerAction::<DecideJoinRequest>::new();
    let team = Resource::new(
        move || {
            (
                slug.get(),
                invite.version().get(),
                revoke.version().get(),
                change.version().get(),
                remove.version().get(),
                transfer.version().get(),
                decide.version().get(),
            )
        },
        |(slug, ..)| get_team(slug),
    );
    let actions = TeamActions { invite, revoke, change, remove, transfer, decide };
    Effect::new(move |_| {
        // Leaving the company takes the member back to their companies.
        if let Some(Ok(())) = remove.value().get()
            && let Some(Ok(team)) = team.get_untracked()
            && !team.members.iter().any(|m| m.is_me)
        {
            let _ = window().location().set_href("/mes-entreprises");
        }
    });
    view! {
        <Title text=page_title(move || t_string!(i18n, team.title).to_string()) />
        <div class="page">
            <Transition>
                {move || Suspend::new(async move {
                    match team.await {
                        Ok(team) => view! { <Team team actions /> }.into_any(),
                        Err(AppError::Denied(Denial::SignInRequired)) => {
                            view! { <SignInPrompt next="/mes-entreprises" /> }.into_any()
                        }
                        Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[derive(Clone, Copy)]
struct TeamActions {
    invite: ServerAction<InviteMember>,
    revoke: ServerAction<RevokeInvitation>,
    change: ServerAction<ChangeMemberRole>,
    remove: ServerAction<RemoveMember>,
    transfer: ServerAction<TransferOwnership>,
    decide: ServerAction<DecideJoinRequest>,
}

#[component]
fn Team(team: TeamView, actions: TeamActions) -> impl IntoView {
    let i18n = use_i18n();
    let manage = team.manage.is_ok();
    let slug = StoredValue::new(team.slug.clone());
    let invited = flag("invitation");
    let invite_form = Submitted::of(actions.invite);
    let refusals = [
        Submitted::of(actions.change).messages(),
        Submitted::of(actions.remove).messages(),
        Submitted::of(actions.transfer).messages(),
        Submitted::of(actions.decide).messages(),
        Submitted::of(actions.revoke).messages(),
    ];
    let errors = Signal::derive(move || refusals.iter().flat_map(|m| m.get()).collect::<Vec<_>>());
    let role_options = Signal::derive(move || {
        let fr = is_french(i18n.get_locale());
        MemberRole::ALL
            .iter()
            .map(|r| (r.as_str().to_string(), r.label(fr).to_string()))
            .collect::<Vec<_>>()
    });
    let invite_roles = Signal::derive(move || {
        let fr = is_french(i18n.get_locale());
        [MemberRole::Member, MemberRole::Editor]
            .iter()
            .map(|r| (r.as_str().to_string(), r.label(fr).to_string()))
            .collect::<Vec<_>>()
    });
    view! {
        <p><A href=format!("/entreprises/{}", slug.get_value())>{t!(i18n, company.back)}</A></p>
        <h1>{t!(i18n, team.title)} " — " {team.name.clone()}</h1>
        <p class="lead">
            {t!(i18n, team.roles_intro)} " "
            <HelpTip id="tip-roles".into() about=Signal::derive(move || t_string!(i18n, team.roles).to_string())>
                <strong>{move || role_label(MemberRole::Owner, i18n.get_locale())}</strong> " : " {t!(i18n, team.owner_can)} <br />
                <strong>{move || role_label(MemberRole::Editor, i18n.get_locale())}</strong> " : " {t!(i18n, team.editor_can)} <br />
                <strong>{move || role_label(MemberRole::Member, i18n.get_locale())}</strong> " : " {t!(i18n, team.member_can)}
            </HelpTip>
        </p>
        <ErrorSummary messages=errors form="team" />
        <table class="table" data-tour="team-members">
            <caption>{t!(i18n, team.members_caption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t!(i18n, team.name)}</th>
                    <th scope="col">{t!(i18n, fields.email)}</th>
                    <th scope="col">{t!(i18n, team.role)}</th>
                    <th scope="col">{t!(i18n, team.actions)}</th>
                </tr>
            </thead>
            <tbody>
                {team.members.into_iter().map(|member| {
                    let role = member.role;
                    let user_id = StoredValue::new(member.user_id.to_string());
                    let name = StoredValue::new(member.name.clone());
                    let form_id = format!("role-{}", member.user_id);
                    view! {
                        <tr>
                            <th scope="row">
                                {member.name.clone()}
                                {member.is_me.then(|| view! { <span class="muted small">" " {t!(i18n, team.you)}</span> })}
                                {member.job_title.clone().map(|t| view! { <br /><span class="muted small">{t}</span> })}
                            </th>
                            <td>{member.email.clone()}</td>
                            <td>
                                {if manage {
                                    let select_id = format!("field-{form_id}-role");
                                    view! {
                                        <ActionForm action=actions.change attr:class="inline-form">
                                            <input type="hidden" name="slug" value=slug.get_value() />
                                            <input type="hidden" name="user_id" value=user_id.get_value() />
                                            <label for=select_id.clone() class="visually-hidden">
                                                {move || t_string!(i18n, team.role_of, name = name.get_value())}
                                            </label>
                                            <select id=select_id name="role">
                                                {move || role_options.get().into_iter().map(|(value, label)| {
                                                    let selected = value == role.as_str();
                                                    view! { <option value=value selected=selected>{label}</option> }
                                                }).collect_view()}
                                            </select>
                                            <button type="submit" class="button button--small button--secondary">{t!(i18n, team.change_role)}</button>
                                        </ActionForm>
                                    }.into_any()
                                } else {
                                    view! { <span>{move || role_label(role, i18n.get_locale())}</span> }.into_any()
                                }}
                            </td>
                            <td class="actions-cell">
                                {(manage && !member.is_me && role != MemberRole::Owner).then(|| view! {
                                    <ActionForm action=actions.transfer attr:class="inline-form">
                                        <input type="hidden" name="slug" value=slug.get_value() />
                                        <input type="hidden" name="user_id" value=user_id.get_value() />
                                        <button type="submit" class="button button--small button--secondary">
                                            {t!(i18n, team.make_owner)}
                                            <span class="visually-hidden">" " {name.get_value()}</span>
                                        </button>
                                    </ActionForm>
                                })}
                                {(manage || member.is_me).then(|| view! {
                                    <ActionForm action=actions.remove attr:class="inline-form">
                                        <input type="hidden" name="slug" value=slug.get_value() />
                                        <input type="hidden" name="user_id" value=user_id.get_value() />
                                        <button type="submit" class="button button--small button--danger">
                                            {if member.is_me { t!(i18n, team.leave).into_any() } else { t!(i18n, team.remove).into_any() }}
                                            <span class="visually-hidden">" " {name.get_value()}</span>
                                        </button>
                                    </ActionForm>
                                })}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        {match team.manage {
            Ok(()) => view! {
                <section class="card" aria-labelledby="invite-title">
                    <h2 id="invite-title" data-tour="team-invite">{t!(i18n, team.invite_title)}</h2>
                    <p>{t!(i18n, team.invite_intro)}</p>
                    <Show when=move || invited.get() || invite_form.succeeded()>
                        <p class="notice notice--success" role="status">{t!(i18n, team.invite_sent)}</p>
                    </Show>
                    <ActionForm action=actions.invite attr:class="form" attr:novalidate=true>
                        <ErrorSummary messages=invite_form.messages() form="invite" />
                        <input type="hidden" name="slug" value=slug.get_value() />
                        <Field
                            name="email"
                            form="invite"
                            kind="email"
                            autocomplete="off"
                            label=Signal::derive(move || t_string!(i18n, fields.email).to_string())
                            value=invite_form.value("email", String::new())
                            error=invite_form.field_error("email")
                            maxlength=254
                        />
                        <Select
                            name="role"
                            form="invite"
                            label=Signal::derive(move || t_string!(i18n, team.role).to_string())
                            options=invite_roles
                            value=invite_form.value("role", "member".into())
                            error=invite_form.field_error("role")
                            required=true
                        />
                        <button type="submit" class="button">{t!(i18n, team.invite_submit)}</button>
                    </ActionForm>
                    {(!team.invitations.is_empty()).then(|| view! {
                        <h3>{t!(i18n, team.pending_invitations)}</h3>
                        <ul class="plain-list" role="list">
                            {team.invitations.iter().cloned().map(|invitation| {
                                let role = invitation.role;
                                let expires = invitation.expires_at.clone();
                                let email = StoredValue::new(invitation.email.clone());
                                view! {
                                    <li>
                                        {email.get_value()} " · " {move || role_label(role, i18n.get_locale())}
                                        " · " {move || t_string!(i18n, team.expires, date = expires.clone())}
                                        <ActionForm action=actions.revoke attr:class="inline-form">
                                            <input type="hidden" name="slug" value=slug.get_value() />
                                            <input type="hidden" name="id" value=invitation.id.to_string() />
                                            <button type="submit" class="button button--small button--secondary">
                                                {t!(i18n, team.revoke)}
                                                <span class="visually-hidden">" " {email.get_value()}</span>
                                            </button>
                                        </ActionForm>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    })}
                </section>
                {(!team.requests.is_empty()).then(|| view! {
                    <section class="card" aria-labelledby="requests-title">
                        <h2 id="requests-title">{t!(i18n, team.requests_title)}</h2>
                        <ul class="plain-list" role="list">
                            {team.requests.iter().cloned().map(|request| {
                                let name = StoredValue::new(request.name.clone());
                                view! {
                                <li class="request-item">
                                    <p><strong>{name.get_value()}</strong> " · " {request.email.clone()} " · " {request.created_at.clone()}</p>
                                    {(!request.message.is_empty()).then(|| view! { <blockquote>{request.message.clone()}</blockquote> })}
                                    <ActionForm action=actions.decide attr:class="inline-form">
                                        <input type="hidden" name="slug" value=slug.get_value() />
                                        <input type="hidden" name="id" value=request.id.to_string() />
                                        <button type="submit" name="accept" value="1" class="button button--small">
                                            {t!(i18n, team.accept)}<span class="visually-hidden">" " {name.get_value()}</span>
                                        </button>
                                        " "
                                        <button type="submit" name="accept" value="0" class="button button--small button--secondary">
                                            {t!(i18n, team.decline)}<span class="visually-hidden">" " {name.get_value()}</span>
                                        </button>
                                    </ActionForm>
                                </li>
                            }}).collect_view()}
                        </ul>
                    </section>
                })}
            }.into_any(),
            Err(denial) => view! {
                <p>
                    <LockedAction
                        id="team-invite"
                        label=Signal::derive(move || t_string!(i18n, team.invite_title).to_string())
                        denial
                    />
                </p>
            }.into_any(),
        }}
    }
}

#[component]
pub fn MyCompaniesPage() -> impl IntoView {
    let i18n = use_i18n();
    let mine = Resource::new(|| (), |_| get_my_companies());
    view! {
        <Title text=page_title(move || t_string!(i18n, my_companies.title).to_string()) />
        <div class="page">
            <h1>{t!(i18n, my_companies.title)}</h1>
            <crate::pages::help::FirstSteps />
            <Suspense>
                {move || Suspend::new(async move {
                    match mine.await {
                        Ok(mine) => {
                            let fr = move || is_french(i18n.get_locale());
                            view! {
                                <div class="actions-row" data-tour="my-companies-register">
                                    {match mine.register {
                                        Ok(()) => view! {
                                            <A href="/mes-entreprises/nouvelle" attr:class="button">{t!(i18n, my_companies.register)}</A>
                                        }.into_any(),
                                        Err(denial) => view! {
                                            <LockedAction
                                                id="register-company"
                                                label=Signal::derive(move || t_string!(i18n, my_companies.register).to_string())
                                                denial
                                            />
                                        }.into_any(),
                                    }}
                                    <A href="/entreprises" attr:class="button button--secondary">{t!(i18n, my_companies.find)}</A>
                                </div>
                                <p class="muted">{t!(i18n, my_companies.claim_intro)}</p>
                                {if mine.companies.is_empty() {
                                    view! { <p>{t!(i18n, my_companies.none)}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="company-list" role="list">
                                            {mine.companies.into_iter().map(|c| {
                                                let role = c.role;
                                                let status = c.status;
                                                view! {
                                                    <li class="company-card">
                                                        <div class="company-card__body">
                                                            <h2 class="company-card__name">
                                                                <A href=format!("/entreprises/{}", c.slug)>{c.name.clone()}</A>
                                                                " " <StatusBadge status />
                                                            </h2>
                                                            <p class="muted">{move || role_label(role, i18n.get_locale())}</p>
                                                            {(status == CompanyStatus::Pending).then(|| view! {
                                                                <p>{t!(i18n, my_companies.pending)}</p>
                                                            })}
                                                            {(status == CompanyStatus::Rejected).then(|| view! {
                                                                <p>{t!(i18n, my_companies.rejected)}</p>
                                                                {c.rejection_reason.clone().map(|r| view! { <blockquote>{r}</blockquote> })}
                                                            })}
                                                            <p class="links">
                                                                {role.can_edit().then(|| view! {
                                                                    <A href=format!("/entreprises/{}/modifier", c.slug)>{t!(i18n, company.edit)}</A>
                                                                })}
                                                                <A href=format!("/entreprises/{}/equipe", c.slug)>{t!(i18n, company.team)}</A>
                                                            </p>
                                                        </div>
                                                    </li>
                                                }
                                            }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                {(!mine.requests.is_empty()).then(|| view! {
                                    <h2>{t!(i18n, my_companies.requests)}</h2>
                                    <ul class="plain-list" role="list">
                                        {mine.requests.into_iter().map(|r| {
                                            let kind = r.kind.clone();
                                            let status = r.status.clone();
                                            view! {
                                                <li>
                                                    <A href=format!("/entreprises/{}", r.slug)>{r.company.clone()}</A>
                                                    " · " {move || request_label(&kind, &status, fr())}
                                                    " · " {r.created_at.clone()}
                                                    {r.decision_reason.clone().map(|reason| view! { <blockquote>{reason}</blockquote> })}
                                                </li>
                                            }
                                        }).collect_view()}
                                    </ul>
                                })}
                            }.into_any()
                        }
                        Err(AppError::Denied(Denial::SignInRequired)) => {
                            view! { <SignInPrompt next="/mes-entreprises" /> }.into_any()
                        }
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

fn request_label(kind: &str, status: &str, fr: bool) -> &'static str {
    match (kind, status, fr) {
        ("claim", "pending", true) => "demande de gestion en attente de la mairie",
        ("claim", "pending", false) => "claim awaiting the town hall",
        ("claim", "accepted", true) => "demande de gestion acceptée",
        ("claim", "accepted", false) => "claim accepted",
        ("claim", _, true) => "demande de gestion refusée",
        ("claim", _, false) => "claim declined",
        (_, "pending", true) => "demande pour rejoindre l'équipe en attente",
        (_, "pending", false) => "request to join awaiting an answer",
        (_, "accepted", true) => "demande pour rejoindre l'équipe acceptée",
        (_, "accepted", false) => "request to join accepted",
        (_, _, true) => "demande pour rejoindre l'équipe refusée",
        (_, _, false) => "request to join declined",
    }
}

#[component]
pub fn InvitationPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let token = Memo::new(move |_| query.with(|q| q.get("jeton").unwrap_or_default()));
    let invitation = Resource::new(move || token.get(), get_invitation);
    let accept = ServerAction::<AcceptInvitation>::new();
    let form = Submitted::of(accept);
    Effect::new(move |_| {
        if let Some(Ok(slug)) = accept.value().get() {
            let _ = window().location().set_href(&format!("/entreprises/{slug}?bienvenue=1"));
        }
    });
    view! {
        <Title text=page_title(move || t_string!(i18n, invitation.title).to_string()) />
        <div class="page page--narrow">
            <h1>{t!(i18n, invitation.title)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match invitation.await {
                        Ok(inv) => {
                            let role = inv.role;
                            let next = format!("/invitation?jeton={}", token.get_untracked());
                            let company = inv.company.clone();
                            view! {
                                <p class="lead">
                                    {move || t_string!(i18n, invitation.body, company = company.clone(), role = role_label(role, i18n.get_locale()).to_lowercase())}
                                </p>
                                {if inv.already_member {
                                    view! {
                                        <p class="notice">{t!(i18n, invitation.already)}</p>
                                        <p><A href=format!("/entreprises/{}", inv.slug)>{inv.company.clone()}</A></p>
                                    }.into_any()
                                } else if inv.signed_in && !inv.for_me {
                                    view! {
                                        <p class="notice">
                                            {move || t_string!(i18n, invitation.other_address, email = inv.email.clone())}
                                        </p>
                                    }.into_any()
                                } else if inv.signed_in {
                                    view! {
                                        <ActionForm action=accept attr:class="form">
                                            <ErrorSummary messages=form.messages() />
                                            <input type="hidden" name="token" value=token.get_untracked() />
                                            <button type="submit" class="button">{t!(i18n, invitation.accept)}</button>
                                        </ActionForm>
                                    }.into_any()
                                } else {
                                    view! {
                                        <p>{move || t_string!(i18n, invitation.sign_in_first, email = inv.email.clone())}</p>
                                        <p class="actions-row">
                                            <A href=format!("/connexion?suite={}", urlencode(&next)) attr:class="button">{t!(i18n, sign_in.title)}</A>
                                            <A href="/inscription" attr:class="button button--secondary">{t!(i18n, nav.sign_up)}</A>
                                        </p>
                                        <p class="muted small">{t!(i18n, invitation.new_account_note)}</p>
                                    }.into_any()
                                }}
                            }.into_any()
                        }
                        Err(AppError::InvalidLink | AppError::BadRequest(_)) => view! {
                            <p class="notice">{t!(i18n, invitation.invalid)}</p>
                        }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// Percent-encodes a local path for use inside a query parameter.
fn urlencode(raw: &str) -> String {
    raw.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[component]
pub fn PersonPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<i32>().ok())));
    let person = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => get_person(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match person.await {
                    Ok(person) => view! {
                        <Title text=person.name.clone() />
                        <article class="page page--narrow person-page" aria-labelledby="person-name">
                            <header class="company__header">
                                <Logo url=person.photo_url.clone() name=person.name.clone() class="avatar avatar--large" />
                                <div>
                                    <h1 id="person-name">{person.name.clone()}</h1>
                                    {person.job_title.clone().map(|t| view! { <p class="lead">{t}</p> })}
                                </div>
                            </header>
                            {person.is_me.then(|| view! {
                                <p><A href="/compte#profil">{t!(i18n, person.edit_mine)}</A></p>
                            })}
                            {person.bio.clone().map(|bio| view! { <p class="bio">{bio}</p> })}
                            <h2>{t!(i18n, person.companies)}</h2>
                            {if person.companies.is_empty() {
                                view! { <p class="muted">{t!(i18n, person.no_companies)}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="plain-list" role="list">
                                        {person.companies.into_iter().map(|(slug, name, role)| view! {
                                            <li>
                                                <A href=format!("/entreprises/{slug}")>{name}</A>
                                                <span class="muted small">" · " {move || role_label(role, i18n.get_locale())}</span>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        </article>
                    }.into_any(),
                    Err(AppError::Denied(Denial::SignInRequired)) => view! {
                        <div class="page page--narrow"><SignInPrompt next="/entreprises" /></div>
                    }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(error) => view! { <div class="page"><ErrorNotice error /></div> }.into_any(),
                }
            })}
        </Suspense>
    }
}
