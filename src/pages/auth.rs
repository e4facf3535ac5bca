//! Joining and signing in: sign-up, e-mail confirmation, sign-in, forgotten and reset password.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_query_map};

use crate::{
    api::account::{ConfirmEmail, RequestPasswordReset, ResetPassword, SignIn, SignUp},
    components::form::{Checkbox, ErrorSummary, Field, Submitted},
    components::layout::page_title,
    t, t_string, use_i18n,
};

fn query(name: &'static str) -> Memo<Option<String>> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get(name)))
}

/// With JavaScript, a successful sign-in or sign-out reloads the page at `to`, so that everything
/// on it reflects the new session.
pub fn reload_on_success<S>(action: ServerAction<S>, to: impl Fn() -> String + 'static)
where
    S: leptos::server_fn::ServerFn<Output = (), Error = crate::error::AppError>
        + Clone
        + Send
        + Sync
        + 'static,
{
    Effect::new(move |_| {
        if let Some(Ok(())) = action.value().get() {
            let _ = window().location().set_href(&to());
        }
    });
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SignUp>::new();
    let form = Submitted::of(action);
    let sent = query("envoye");
    let done = move || form.succeeded() || sent.get().is_some();
    view! {
        <Title text=page_title(move || t_string!(i18n, sign_up.title).to_string()) />
        <div class="page page--narrow">
            <h1>{t!(i18n, sign_up.title)}</h1>
            <Show
                when=done
                fallback=move || {
                    view! {
                        <p>{t!(i18n, sign_up.intro)}</p>
                        <ActionForm action attr:class="form" attr:novalidate=true>
                            <ErrorSummary messages=form.messages() />
                            <Field
                                name="email"
                                kind="email"
                                autocomplete="email"
                                label=Signal::derive(move || t_string!(i18n, fields.email).to_string())
                                value=form.value("email", String::new())
                                error=form.field_error("email")
                                maxlength=254
                            />
                            <Field
                                name="first_name"
                                autocomplete="given-name"
                                label=Signal::derive(move || {
                                    t_string!(i18n, fields.first_name).to_string()
                                })
                                value=form.value("first_name", String::new())
                                error=form.field_error("first_name")
                                maxlength=100
                            />
                            <Field
                                name="last_name"
                                autocomplete="family-name"
                                label=Signal::derive(move || {
                                    t_string!(i18n, fields.last_name).to_string()
                                })
                                value=form.value("last_name", String::new())
                                error=form.field_error("last_name")
                                maxlength=100
                            />
                            <Field
                                name="password"
                                kind="password"
                                autocomplete="new-password"
                                label=Signal::derive(move || {
                                    t_string!(i18n, fields.password).to_string()
                                })
                                hint=Signal::derive(move || {
                                    t_string!(i18n, fields.password_hint).to_string()
                                })
                                error=form.field_error("password")
                                minlength=10
                                maxlength=256
                            />
                            <Checkbox name="accept_terms" error=form.field_error("accept_terms")>
                                {t!(i18n, sign_up.accept_terms_before)}
                                <A href="/conditions">{t!(i18n, legal.terms_title)}</A>
                                {t!(i18n, sign_up.accept_terms_middle)}
                                <A href="/confidentialite">{t!(i18n, legal.privacy_title)}</A>
                            </Checkbox>
                            <button type="submit" class="button">
                                {t!(i18n, sign_up.submit)}
                            </button>
                        </ActionForm>
                        <p>
                            {t!(i18n, sign_up.have_account)} " "
                            <A href="/connexion">{t!(i18n, sign_in.title)}</A>
                        </p>
                    }
                }
            >
                <div class="notice" role="status">
                    <p>
                        <strong>{t!(i18n, sign_up.sent_title)}</strong>
                    </p>
                    <p>{t!(i18n, sign_up.sent_body)}</p>
                </div>
            </Show>
        </div>
    }
}

#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ConfirmEmail>::new();
    let form = Submitted::of(action);
    let token = query("jeton");
    let confirmed = query("confirme");
    let done = move || form.succeeded() || confirmed.get().is_some();
    view! {
        <Title text=page_title(move || t_string!(i18n, confirm.title).to_string()) />
        <div class="page page--narrow">
            <h1>{t!(i18n, confirm.title)}</h1>
            <ErrorSummary messages=form.messages() />
            <Show
                when=done
                fallback=move || {
                    view! {
                        <Show
                            when=move || token.get().is_some()
                            fallback=move || view! { <p>{t!(i18n, confirm.no_token)}</p> }
                        >
                            <p>{t!(i18n, confirm.intro)}</p>
                            <ActionForm action attr:class="form">
                                <input type="hidden" name="token" value=move || token.get() />
                                <button type="submit" class="button">
                                    {t!(i18n, confirm.submit)}
                                </button>
                            </ActionForm>
                        </Show>
                    }
                }
            >
                <div class="notice" role="status">
                    <p>{t!(i18n, confirm.done)}</p>
                    <p>
                        <A href="/compte">{t!(i18n, account.title)}</A>
                    </p>
                </div>
            </Show>
        </div>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SignIn>::new();
    let form = Submitted::of(action);
    let next = query("suite");
    let reset_done = query("reinitialise");
    reload_on_success(action, move || {
        next.get_untracked()
            .filter(|n| crate::domain::site::local_path(n).is_some())
            .unwrap_or_else(|| "/compte".into())
    });
    view! {
        <Title text=page_title(move || t_string!(i18n, sign_in.title).to_string()) />
        <div class="page page--narrow">
            <h1>{t!(i18n, sign_in.title)}</h1>
            <Show when=move || reset_done.get().is_some()>
                <p class="notice" role="status">
                    {t!(i18n, reset.done)}
                </p>
            </Show>
            <ActionForm action attr:class="form" attr:novalidate=true>
                <ErrorSummary messages=form.messages() />
                <input type="hidden" name="next" value=move || next.get().unwrap_or_default() />
                <Field
                    name="email"
                    kind="email"
                    autocomplete="username"
                    label=Signal::derive(move || t_string!(i18n, fields.email).to_string())
                    value=form.value("email", String::new())
                    error=form.field_error("email")
                    maxlength=254
                />
                <Field
                    name="password"
                    kind="password"
                    autocomplete="current-password"
                    label=Signal::derive(move || t_string!(i18n, fields.password).to_string())
                    error=form.field_error("password")
                    maxlength=256
                />
                <button type="submit" class="button">
                    {t!(i18n, sign_in.submit)}
                </button>
            </ActionForm>
            <p>
                <A href="/mot-de-passe-oublie">{t!(i18n, sign_in.forgot)}</A>
            </p>
            <p>
                {t!(i18n, sign_in.no_account)} " "
                <A href="/inscription">{t!(i18n, sign_up.title)}</A>
            </p>
        </div>
    }
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RequestPasswordReset>::new();
    let form = Submitted::of(action);
    let sent = query("envoye");
    view! {
        <Title text=page_title(move || t_string!(i18n, forgot.title).to_string()) />
        <div class="page page--narrow">
            <h1>{t!(i18n, forgot.title)}</h1>
            <Show
                when=move || form.succeeded() || sent.get().is_some()
                fallback=move || {
                    view! {
                        <p>{t!(i18n, forgot.intro)}</p>
                        <ActionForm action attr:class="form" attr:novalidate=true>
                            <ErrorSummary messages=form.messages() />
                            <Field
                                name="email"
                                kind="email"
                                autocomplete="email"
                                label=Signal::derive(move || t_string!(i18n, fields.email).to_string())
                                value=form.value("email", String::new())
                                error=form.field_error("email")
                                maxlength=254
                            />
                            <button type="submit" class="button">
                                {t!(i18n, forgot.submit)}
                            </button>
                        </ActionForm>
                    }
                }
            >
                <p class="notice" role="status">
                    {t!(i18n, forgot.sent)}
                </p>
            </Show>
        </div>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ResetPassword>::new();
    let form = Submitted::of(action);
    let token = query("jeton");
    reload_on_success(action, || "/connexion?reinitialise=1".into());
    view! {
        <Title text=page_title(move || t_string!(i18n, reset.title).to_string()) />
        <div class="page page--narrow">
            <h1>{t!(i18n, reset.title)}</h1>
            <Show
                when=move || token.get().is_some()
                fallback=move || {
                    view! {
                        <p>{t!(i18n, reset.no_token)}</p>
                        <p>
                            <A href="/mot-de-passe-oublie">{t!(i18n, forgot.title)}</A>
                        </p>
                    }
                }
            >
                <ActionForm action attr:class="form" attr:novalidate=true>
                    <ErrorSummary messages=form.messages() />
                    <input type="hidden" name="token" value=move || token.get() />
                    <Field
                        name="password"
                        kind="password"
                        autocomplete="new-password"
                        label=Signal::derive(move || t_string!(i18n, fields.new_password).to_string())
                        hint=Signal::derive(move || t_string!(i18n, fields.password_hint).to_string())
                        error=form.field_error("password")
                        minlength=10
                        maxlength=256
                    />
                    <button type="submit" class="button">
                        {t!(i18n, reset.submit)}
                    </button>
                </ActionForm>
                <p>
                    <A href="/mot-de-passe-oublie">{t!(i18n, reset.new_link)}</A>
                </p>
            </Show>
        </div>
    }
}
