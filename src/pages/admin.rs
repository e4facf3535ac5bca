//! Town-hall administration.

use leptos::prelude::*;
use leptos_meta::Title;

use leptos_router::components::A;

use crate::{
    api::{account::list_outbox, admin::get_admin_counts},
    components::error::ErrorNotice,
    components::layout::page_title,
    domain::permissions::Denial,
    error::AppError,
    pages::account::SignInPrompt,
    t, t_string, use_i18n,
};

/// The town hall's sections, on every admin page, with what waits for a decision.
#[component]
pub fn AdminNav() -> impl IntoView {
    let i18n = use_i18n();
    let counts = Resource::new(|| (), |_| get_admin_counts());
    let waiting = move || {
        counts
            .get()
            .and_then(Result::ok)
            .map(|c| c.pending_companies + c.pending_claims)
            .filter(|n| *n > 0)
    };
    view! {
        <nav class="admin-nav" aria-label=move || t_string!(i18n, admin_nav.label) data-tour="admin-nav">
            <ul>
                <li>
                    <A href="/admin/entreprises">
                        {t!(i18n, admin_nav.companies)}
                        <Suspense>
                            {move || waiting().map(|n| view! {
                                <span class="count-badge">
                                    {n}
                                    <span class="visually-hidden">" " {t!(i18n, admin_nav.waiting)}</span>
                                </span>
                            })}
                        </Suspense>
                    </A>
                </li>
                <li><A href="/admin/moderation">{t!(i18n, moderation.nav)}</A></li>
                <li><A href="/admin/zones">{t!(i18n, parks.title)}</A></li>
                <li><A href="/admin/visites">{t!(i18n, admin_tours.title)}</A></li>
                <li><A href="/admin/outbox">{t!(i18n, nav.outbox)}</A></li>
            </ul>
        </nav>
    }
}

/// The e-mails the platform sent (or, without SMTP, queued), newest first.
#[component]
pub fn OutboxPage() -> impl IntoView {
    let i18n = use_i18n();
    let emails = Resource::new(|| (), |_| list_outbox());
    view! {
        <Title text=page_title(move || t_string!(i18n, outbox.title).to_string()) />
        <div class="page admin">
            <AdminNav />
            <h1>{t!(i18n, outbox.title)}</h1>
            <p>{t!(i18n, outbox.intro)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match emails.await {
                        Ok(list) if list.is_empty() => view! { <p>{t!(i18n, outbox.empty)}</p> }.into_any(),
                        Ok(list) => view! {
                            <ol class="outbox" role="list">
                                {list.into_iter().map(|m| view! {
                                    <li class="card">
                                        <h2 class="outbox__subject">{m.subject.clone()}</h2>
                                        <p class="muted small">
                                            {t!(i18n, outbox.to)} " " <span data-testid="outbox-to">{m.to_address.clone()}</span>
                                            " · " {m.created_at.clone()} " · " {m.kind.clone()}
                                            " · " {if m.sent { t_string!(i18n, outbox.sent) } else { t_string!(i18n, outbox.queued) }}
                                        </p>
                                        <details>
                                            <summary>{t!(i18n, outbox.show_body)}</summary>
                                            <pre class="outbox__body">{m.body_text.clone()}</pre>
                                        </details>
                                    </li>
                                }).collect_view()}
                            </ol>
                        }.into_any(),
                        Err(AppError::Denied(Denial::SignInRequired)) => {
                            view! { <SignInPrompt next="/admin/outbox" /> }.into_any()
                        }
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}
