//! The member's own account: profile, e-mail address, password, sessions, data and deletion.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_query_map};

use crate::{
    Locale,
    api::account::{
        AccountView, ChangeEmail, ChangePassword, DeleteAccount, ResendConfirmation, RevokeSession,
        UpdateProfile, get_account, list_sessions,
    },
    api::companies::{UpdateMyProfile, get_my_profile},
    components::layout::page_title,
    components::{
        error::ErrorNotice,
        form::{Checkbox, ErrorSummary, Field, Submitted, TextArea},
    },
    error::AppError,
    pages::auth::reload_on_success,
    t, t_string, use_i18n,
};

/// Without JavaScript, a form's success comes back as a flag in the address.
fn flagged(name: &'static str) -> Memo<bool> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get(name).is_some()))
}

/// Shown instead of a members' page to a visitor.
#[component]
pub fn SignInPrompt(next: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::UNAUTHORIZED);
    }
    view! {
        <div class="notice" role="status">
            <p>{t!(i18n, account.sign_in_needed)}</p>
            <p>
                <A href=format!("/connexion?suite={next}") attr:class="button">
                    {t!(i18n, sign_in.title)}
                </A>
            </p>
        </div>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let account = Resource::new(|| (), |_| get_account());
    view! {
        <Title text=page_title(move || t_string!(i18n, account.title).to_string()) />
        <div class="page page--narrow">
            <h1>{t!(i18n, account.title)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match account.await {
                        Ok(me) => view! { <AccountForms me /> }.into_any(),
                        Err(AppError::Denied(crate::domain::permissions::Denial::SignInRequired)) => {
                            view! { <SignInPrompt next="/compte" /> }.into_any()
                        }
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn AccountForms(me: AccountView) -> impl IntoView {
    let i18n = use_i18n();
    let profile = ServerAction::<UpdateProfile>::new();
    let email = ServerAction::<ChangeEmail>::new();
    let password = ServerAction::<ChangePassword>::new();
    let delete = ServerAction::<DeleteAccount>::new();
    let resend = ServerAction::<ResendConfirmation>::new();
    let (profile_form, email_form, password_form, delete_form, resend_form) = (
        Submitted::of(profile),
        Submitted::of(email),
        Submitted::of(password),
        Submitted::of(delete),
        Submitted::of(resend),
    );
    reload_on_success(delete, || "/?compte_supprime=1".into());
    Effect::new(move |_| {
        if let Some(Ok(())) = profile.value().get() {
            let _ = window().location().set_href("/compte?enregistre=1");
        }
    });
    let (saved, new_address, password_changed, confirmation_sent) = (
        flagged("enregistre"),
        flagged("nouvelle_adresse"),
        flagged("mot_de_passe"),
        flagged("confirmation"),
    );
    let current_locale = me.locale;

    view! {
        <Show when=move || !me.email_confirmed>
            <section class="notice" aria-labelledby="unconfirmed-title">
                <h2 id="unconfirmed-title" class="notice__title">{t!(i18n, account.unconfirmed_title)}</h2>
                <p>{t!(i18n, account.unconfirmed_body)}</p>
                <Show
                    when=move || resend_form.succeeded() || confirmation_sent.get()
                    fallback=move || {
                        view! {
                            <ActionForm action=resend>
                                <ErrorSummary messages=resend_form.messages() form="resend" />
                                <button type="submit" class="button button--secondary">
                                    {t!(i18n, account.resend)}
                                </button>
                            </ActionForm>
                        }
                    }
                >
                    <p role="status">{t!(i18n, account.resent)}</p>
                </Show>
            </section>
        </Show>

        <section class="card" aria-labelledby="profile-title">
            <h2 id="profile-title">{t!(i18n, account.profile_title)}</h2>
            <Show when=move || saved.get()>
                <p class="notice" role="status">{t!(i18n, account.saved)}</p>
            </Show>
            <ActionForm action=profile attr:class="form" attr:novalidate=true>
                <ErrorSummary messages=profile_form.messages() form="profile" />
                <Field
                    name="first_name"
                    form="profile"
                    autocomplete="given-name"
                    label=Signal::derive(move || t_string!(i18n, fields.first_name).to_string())
                    value=profile_form.value("first_name", me.first_name.clone())
                    error=profile_form.field_error("first_name")
                    maxlength=100
                />
                <Field
                    name="last_name"
                    form="profile"
                    autocomplete="family-name"
                    label=Signal::derive(move || t_string!(i18n, fields.last_name).to_string())
                    value=profile_form.value("last_name", me.last_name.clone())
                    error=profile_form.field_error("last_name")
                    maxlength=100
                />
                <div class="field">
                    <label for="field-profile-locale">{t!(i18n, fields.language)}</label>
                    <select id="field-profile-locale" name="locale">
                        <option value="fr" lang="fr" selected=current_locale == Locale::fr>
                            "Français"
                        </option>
                        <option value="en" lang="en" selected=current_locale == Locale::en>
                            "English"
                        </option>
                    </select>
                </div>
                <button type="submit" class="button">{t!(i18n, account.save)}</button>
            </ActionForm>
        </section>

        <PublicProfile />

        <section class="card" aria-labelledby="email-title">
            <h2 id="email-title">{t!(i18n, account.email_title)}</h2>
            <p>
                {t!(i18n, account.email_current)} " " <strong>{me.email.clone()}</strong>
            </p>
            <Show
                when=move || email_form.succeeded() || new_address.get()
                fallback=move || {
                    view! {
                        <ActionForm action=email attr:class="form" attr:novalidate=true>
                            <ErrorSummary messages=email_form.messages() form="email" />
                            <Field
                                name="new_email"
                                form="email"
                                kind="email"
                                autocomplete="email"
                                label=Signal::derive(move || t_string!(i18n, fields.new_email).to_string())
                                value=email_form.value("new_email", String::new())
                                error=email_form.field_error("new_email")
                                maxlength=254
                            />
                            <Field
                                name="current_password"
                                form="email"
                                kind="password"
                                autocomplete="current-password"
                                label=Signal::derive(move || {
                                    t_string!(i18n, fields.current_password).to_string()
                                })
                                error=email_form.field_error("current_password")
                                maxlength=256
                            />
                            <button type="submit" class="button">{t!(i18n, account.change_email)}</button>
                        </ActionForm>
                    }
                }
            >
                <p class="notice" role="status">{t!(i18n, account.email_link_sent)}</p>
            </Show>
        </section>

        <section class="card" aria-labelledby="password-title">
            <h2 id="password-title">{t!(i18n, account.password_title)}</h2>
            <Show when=move || password_form.succeeded() || password_changed.get()>
                <p class="notice" role="status">{t!(i18n, account.password_changed)}</p>
            </Show>
            <ActionForm action=password attr:class="form" attr:novalidate=true>
                <ErrorSummary messages=password_form.messages() form="password" />
                <Field
                    name="current_password"
                    form="password"
                    kind="password"
                    autocomplete="current-password"
                    label=Signal::derive(move || t_string!(i18n, fields.current_password).to_string())
                    error=password_form.field_error("current_password")
                    maxlength=256
                />
                <Field
                    name="new_password"
                    form="password"
                    kind="password"
                    autocomplete="new-password"
                    label=Signal::derive(move || t_string!(i18n, fields.new_password).to_string())
                    hint=Signal::derive(move || t_string!(i18n, fields.password_hint).to_string())
                    error=password_form.field_error("new_password")
                    minlength=10
                    maxlength=256
                />
                <button type="submit" class="button">{t!(i18n, account.change_password)}</button>
            </ActionForm>
        </section>

        <section class="card" aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t!(i18n, sessions.title)}</h2>
            <p>{t!(i18n, sessions.intro)}</p>
            <p>
                <A href="/compte/sessions">{t!(i18n, sessions.manage)}</A>
            </p>
        </section>

        <section class="card" aria-labelledby="data-title">
            <h2 id="data-title">{t!(i18n, account.data_title)}</h2>
            <p>{t!(i18n, account.data_body)}</p>
            <p>
                <a href="/compte/donnees.json" download="rer-mes-donnees.json" rel="external">
                    {t!(i18n, account.data_download)}
                </a>
            </p>
        </section>

        <section class="card card--danger" aria-labelledby="delete-title">
            <h2 id="delete-title">{t!(i18n, account.delete_title)}</h2>
            <p>{t!(i18n, account.delete_body)}</p>
            <ActionForm action=delete attr:class="form" attr:novalidate=true>
                <ErrorSummary messages=delete_form.messages() form="delete" />
                <Field
                    name="password"
                    form="delete"
                    kind="password"
                    autocomplete="current-password"
                    label=Signal::derive(move || t_string!(i18n, fields.current_password).to_string())
                    error=delete_form.field_error("password")
                    maxlength=256
                />
                <Checkbox name="confirm" form="delete" error=delete_form.field_error("confirm")>
                    {t!(i18n, account.delete_confirm)}
                </Checkbox>
                <button type="submit" class="button button--danger">{t!(i18n, account.delete_submit)}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn SessionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let revoke = ServerAction::<RevokeSession>::new();
    let sessions = Resource::new(move || revoke.version().get(), |_| list_sessions());
    let form = Submitted::of(revoke);
    view! {
        <Title text=page_title(move || t_string!(i18n, sessions.title).to_string()) />
        <div class="page page--narrow">
            <p>
                <A href="/compte">{t!(i18n, account.back)}</A>
            </p>
            <h1>{t!(i18n, sessions.title)}</h1>
            <ErrorSummary messages=form.messages() />
            <Suspense>
                {move || Suspend::new(async move {
                    match sessions.await {
                        Ok(list) => {
                            let others = list.iter().filter(|s| !s.current).count();
                            view! {
                                <ul class="session-list" role="list">
                                    {list
                                        .into_iter()
                                        .map(|s| {
                                            let label = format!("{} — {}", s.device, s.last_seen_at);
                                            view! {
                                                <li class="card">
                                                    <p>
                                                        <strong>{s.device.clone()}</strong>
                                                        {s.current.then(|| view! { " " <span class="badge">{t!(i18n, sessions.current)}</span> })}
                                                    </p>
                                                    <p class="muted small">
                                                        {t!(i18n, sessions.last_seen)} " " {s.last_seen_at.clone()}
                                                        {s.ip_address.clone().map(|ip| format!(" · {ip}"))}
                                                        <br />
                                                        {t!(i18n, sessions.opened)} " " {s.created_at.clone()}
                                                    </p>
                                                    <ActionForm action=revoke>
                                                        <input type="hidden" name="id" value=s.id />
                                                        <button
                                                            type="submit"
                                                            class="button button--secondary"
                                                            aria-label=move || format!("{} ({label})", t_string!(i18n, sessions.sign_out))
                                                        >
                                                            {t!(i18n, sessions.sign_out)}
                                                        </button>
                                                    </ActionForm>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                                {(others > 0).then(|| view! {
                                    <ActionForm action=revoke>
                                        <button type="submit" class="button">
                                            {t!(i18n, sessions.sign_out_others)}
                                        </button>
                                    </ActionForm>
                                })}
                            }
                                .into_any()
                        }
                        Err(AppError::Denied(crate::domain::permissions::Denial::SignInRequired)) => {
                            view! { <SignInPrompt next="/compte/sessions" /> }.into_any()
                        }
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// What other members see of the member: job title, short bio, photo, and who may see it.
#[component]
fn PublicProfile() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<UpdateMyProfile>::new();
    let form = Submitted::of(action);
    let profile = Resource::new(move || action.version().get(), |_| get_my_profile());
    let query = use_query_map();
    let photo_error = Memo::new(move |_| query.with(|q| q.get("photo_erreur")));
    let (saved, photo_saved) = (flagged("profil"), flagged("photo"));
    view! {
        <section class="card" id="profil" aria-labelledby="public-profile-title">
            <h2 id="public-profile-title" data-tour="account-profile">{t!(i18n, profile.title)}</h2>
            <p>{t!(i18n, profile.intro)}</p>
            <Show when=move || saved.get() || form.succeeded()>
                <p class="notice notice--success" role="status">{t!(i18n, profile.saved)}</p>
            </Show>
            <Suspense>
                {move || Suspend::new(async move {
                    let Ok(me) = profile.await else { return ().into_any() };
                    let has_photo = me.photo_url.is_some();
                    view! {
                        <p><A href=format!("/personnes/{}", me.user_id)>{t!(i18n, profile.see)}</A></p>
                        <ActionForm action attr:class="form" attr:novalidate=true>
                            <ErrorSummary messages=form.messages() form="public" />
                            <Field
                                name="job_title"
                                form="public"
                                autocomplete="organization-title"
                                label=Signal::derive(move || t_string!(i18n, profile.job_title).to_string())
                                value=form.value("job_title", me.job_title.clone())
                                error=form.field_error("job_title")
                                required=false
                                maxlength=120
                            />
                            <TextArea
                                name="bio"
                                form="public"
                                label=Signal::derive(move || t_string!(i18n, profile.bio).to_string())
                                hint=Signal::derive(move || t_string!(i18n, profile.bio_hint).to_string())
                                value=form.value("bio", me.bio.clone())
                                error=form.field_error("bio")
                                maxlength=1500
                                rows=4
                            />
                            <Checkbox name="public" form="public" checked=Signal::derive(move || me.public)>
                                {t!(i18n, profile.public)}
                            </Checkbox>
                            <button type="submit" class="button">{t!(i18n, account.save)}</button>
                        </ActionForm>
                        <h3>{t!(i18n, profile.photo)}</h3>
                        <div class="logo-form">
                            <crate::components::company::Logo url=me.photo_url.clone() name=String::from("?") class="avatar avatar--large" />
                            <form method="post" action="/compte/photo" enctype="multipart/form-data" class="form">
                                <Show when=move || photo_saved.get()>
                                    <p class="notice notice--success" role="status">{t!(i18n, profile.photo_saved)}</p>
                                </Show>
                                <div class="field" class:field--invalid=move || photo_error.with(Option::is_some)>
                                    <label for="photo-file">{t!(i18n, profile.photo_file)}</label>
                                    <p class="field__hint" id="photo-file-hint">{t!(i18n, company.logo_hint)}</p>
                                    <p class="field__error" id="photo-file-error" role="alert" hidden=move || photo_error.with(Option::is_none)>
                                        {move || photo_error.get().map(|code| crate::pages::company::upload_error(&code, matches!(i18n.get_locale(), Locale::fr)))}
                                    </p>
                                    <input
                                        id="photo-file"
                                        type="file"
                                        name="image"
                                        accept="image/png,image/jpeg,image/webp"
                                        aria-describedby=move || if photo_error.with(Option::is_some) { "photo-file-hint photo-file-error" } else { "photo-file-hint" }
                                        aria-invalid=move || photo_error.with(Option::is_some).then_some("true")
                                    />
                                </div>
                                <div class="form__row">
                                    <button type="submit" class="button">{t!(i18n, profile.photo_submit)}</button>
                                    {has_photo.then(|| view! {
                                        <button type="submit" name="remove" value="1" class="button button--secondary">{t!(i18n, profile.photo_remove)}</button>
                                    })}
                                </div>
                            </form>
                        </div>
                    }.into_any()
                })}
            </Suspense>
        </section>
    }
}
