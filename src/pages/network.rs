//! Connections between companies: `/reseau`, where the caller's companies answer the requests they
//! received, follow those they sent and see their connections; and the panel of a company page
//! that asks to connect. Every form works as a plain form, and after hydration in place.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_query_map};

use crate::{
    Locale,
    api::connections::{
        AnswerConnection, CompanyNetwork, ConnectOption, ConnectionItem, EndConnection, Link,
        RequestConnection, get_network,
    },
    components::{
        company::Logo,
        error::ErrorNotice,
        form::{ErrorSummary, Submitted, TextArea},
        help::LockedAction,
        layout::page_title,
    },
    domain::permissions::Denial,
    error::AppError,
    pages::{account::SignInPrompt, company::go_on_success},
    t, t_string, use_i18n,
};

/// The `relation` flag a page was reached with after a connection form.
fn done_flag() -> Memo<Option<String>> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get("relation")))
}

#[component]
pub fn NetworkPage() -> impl IntoView {
    let i18n = use_i18n();
    let network = Resource::new(|| (), |_| get_network());
    let done = done_flag();
    view! {
        <Title text=page_title(move || t_string!(i18n, network.title).to_string()) />
        <div class="page">
            <h1 data-tour="network-title">{t!(i18n, network.title)}</h1>
            <p class="lead">{t!(i18n, network.intro)}</p>
            <Show when=move || done.get().is_some()>
                <p class="notice notice--success" role="status">{t!(i18n, network.done)}</p>
            </Show>
            <Suspense>
                {move || Suspend::new(async move {
                    match network.await {
                        Ok(network) if network.companies.is_empty() => view! {
                            <div class="notice notice--info">
                                <p>{t!(i18n, network.no_company)}</p>
                                <p class="actions-row">
                                    <A href="/mes-entreprises/nouvelle" attr:class="button">{t!(i18n, network.register)}</A>
                                    <A href="/entreprises" attr:class="button button--secondary">{t!(i18n, network.find)}</A>
                                </p>
                            </div>
                        }.into_any(),
                        Ok(network) => network
                            .companies
                            .into_iter()
                            .map(|company| view! { <CompanySection company /> })
                            .collect_view()
                            .into_any(),
                        Err(AppError::Denied(Denial::SignInRequired)) => {
                            view! { <SignInPrompt next="/reseau" /> }.into_any()
                        }
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn CompanySection(company: CompanyNetwork) -> impl IntoView {
    let i18n = use_i18n();
    let heading = format!("network-{}", company.slug);
    let labelled_by = heading.clone();
    let mine = company.slug.clone();
    let allowed = company.allowed;
    let list = move |items: Vec<ConnectionItem>, kind: RowKind, empty: AnyView| {
        if items.is_empty() {
            return view! { <p class="muted">{empty}</p> }.into_any();
        }
        let mine = mine.clone();
        view! {
            <ul class="connection-list" role="list">
                {items
                    .into_iter()
                    .map(|item| view! { <ConnectionRow item mine=mine.clone() kind allowed /> })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="network" aria-labelledby=labelled_by>
            <h2 id=heading>
                <A href=format!("/entreprises/{}", company.slug)>{company.name.clone()}</A>
            </h2>
            {allowed.err().map(|denial| view! {
                <p class="notice" data-tour="network-locked">
                    {move || denial.message(matches!(i18n.get_locale(), Locale::fr))}
                </p>
            })}
            <h3>{t!(i18n, network.received_title)} " (" {company.received.len()} ")"</h3>
            {list(company.received, RowKind::Received, t!(i18n, network.received_none).into_any())}
            <h3>{t!(i18n, network.sent_title)} " (" {company.sent.len()} ")"</h3>
            {list(company.sent, RowKind::Sent, t!(i18n, network.sent_none).into_any())}
            <h3>{t!(i18n, network.connections_title)} " (" {company.connections.len()} ")"</h3>
            {list(company.connections, RowKind::Connected, t!(i18n, network.connections_none).into_any())}
        </section>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RowKind {
    Received,
    Sent,
    Connected,
}

/// Another company in one of the lists, with what can be done about it.
#[component]
fn ConnectionRow(
    item: ConnectionItem,
    mine: String,
    kind: RowKind,
    allowed: Result<(), Denial>,
) -> impl IntoView {
    let i18n = use_i18n();
    let answer = ServerAction::<AnswerConnection>::new();
    let end = ServerAction::<EndConnection>::new();
    go_on_success(answer, |_| "/reseau?relation=reponse".to_string());
    go_on_success(end, |_| "/reseau?relation=fait".to_string());
    let name = item.name.clone();
    let other = item.slug.clone();
    let label = move |key: &'static str| {
        let name = name.clone();
        move || match key {
            "accept" => t_string!(i18n, network.accept_label, company = name.clone()).to_string(),
            "decline" => t_string!(i18n, network.decline_label, company = name.clone()).to_string(),
            "withdraw" => {
                t_string!(i18n, network.withdraw_label, company = name.clone()).to_string()
            }
            _ => t_string!(i18n, network.remove_label, company = name.clone()).to_string(),
        }
    };
    let date = item.date.clone();
    let when = move || match kind {
        RowKind::Connected => t_string!(i18n, network.since, date = date.clone()).to_string(),
        _ => t_string!(i18n, network.asked_on, date = date.clone()).to_string(),
    };
    let hidden = {
        let (mine, other) = (mine.clone(), other.clone());
        move || {
            view! {
                <input type="hidden" name="mine" value=mine.clone() />
                <input type="hidden" name="other" value=other.clone() />
                <input type="hidden" name="back" value="/reseau?relation=fait" />
            }
        }
    };
    let forms = allowed.is_ok().then(|| match kind {
        RowKind::Received => view! {
            <ActionForm action=answer attr:class="connection__form">
                {hidden()}
                <button type="submit" name="accept" value="1" class="button" aria-label=label("accept")>
                    {t!(i18n, network.accept)}
                </button>
                <button type="submit" name="accept" value="0" class="button button--secondary" aria-label=label("decline")>
                    {t!(i18n, network.decline)}
                </button>
            </ActionForm>
        }
        .into_any(),
        RowKind::Sent => view! {
            <ActionForm action=end attr:class="connection__form">
                {hidden()}
                <button type="submit" class="button button--secondary" aria-label=label("withdraw")>
                    {t!(i18n, network.withdraw)}
                </button>
            </ActionForm>
        }
        .into_any(),
        RowKind::Connected => view! {
            <ActionForm action=end attr:class="connection__form">
                {hidden()}
                <button type="submit" class="button button--secondary" aria-label=label("remove")>
                    {t!(i18n, network.remove)}
                </button>
            </ActionForm>
        }
        .into_any(),
    });
    let failed = move || {
        [answer.value().get(), end.value().get()]
            .into_iter()
            .flatten()
            .find_map(Result::err)
            .map(|error| view! { <ErrorNotice error /> })
    };
    view! {
        <li class="connection">
            <Logo url=item.logo_url.clone() name=item.name.clone() class="avatar" />
            <div class="connection__body">
                <p>
                    <A href=format!("/entreprises/{}", item.slug)>{item.name.clone()}</A>
                    " · " <span class="muted small">{when}</span>
                </p>
                {item.message.clone().map(|m| view! { <blockquote class="connection__message">{m}</blockquote> })}
                {failed}
            </div>
            {forms}
        </li>
    }
}

/// On a company page: where each company the caller runs stands with this one, and the forms to
/// ask, answer or take back a connection.
#[component]
pub fn ConnectPanel(
    target: String,
    options: Vec<ConnectOption>,
    locked: Option<Denial>,
) -> impl IntoView {
    let i18n = use_i18n();
    let done = done_flag();
    // Companies the caller may not connect for are left out; when that is all of them, one locked
    // button says why.
    let locked = locked.or_else(|| {
        options.iter().all(|o| o.allowed.is_err()).then(|| options.first()?.allowed.err()).flatten()
    });
    let options: Vec<ConnectOption> = options.into_iter().filter(|o| o.allowed.is_ok()).collect();
    let several = options.len() > 1;
    let rows = options
        .into_iter()
        .map(|option| view! { <ConnectRow target=target.clone() option several /> })
        .collect_view();
    view! {
        <div class="connect" data-tour="company-connect">
            <Show when=move || done.get().as_deref() == Some("demande")>
                <p class="notice notice--success" role="status">{t!(i18n, network.done_sent)}</p>
            </Show>
            <Show when=move || done.get().as_deref() == Some("reponse")>
                <p class="notice notice--success" role="status">{t!(i18n, network.done_answered)}</p>
            </Show>
            {locked.map(|denial| view! {
                <LockedAction
                    id="company-connect-locked"
                    label=Signal::derive(move || t_string!(i18n, network.connect).to_string())
                    denial
                />
            })}
            {rows}
        </div>
    }
}

#[component]
fn ConnectRow(target: String, option: ConnectOption, several: bool) -> impl IntoView {
    let i18n = use_i18n();
    let mine = option.name.clone();
    let connect_label = {
        let mine = mine.clone();
        move || {
            if several {
                t_string!(i18n, network.connect_as, company = mine.clone()).to_string()
            } else {
                t_string!(i18n, network.connect).to_string()
            }
        }
    };
    let from = option.slug.clone();
    let status = |text: String| view! { <p class="connect__status">{text}</p> };
    match option.link {
        Link::None => view! { <RequestForm target from label=Signal::derive(connect_label) /> }.into_any(),
        Link::Sent => view! {
            {move || status(t_string!(i18n, network.sent, company = mine.clone()).to_string())}
            <A href="/reseau" attr:class="button button--secondary">{t!(i18n, network.manage)}</A>
        }
        .into_any(),
        Link::Connected => view! {
            <p class="connect__status connect__status--ok">
                {move || t_string!(i18n, network.connected, company = mine.clone()).to_string()}
            </p>
        }
        .into_any(),
        Link::Declined { again_from } => view! {
            {move || status(t_string!(i18n, network.declined, company = mine.clone(), date = again_from.clone()).to_string())}
        }
        .into_any(),
        Link::Received => {
            let answer = ServerAction::<AnswerConnection>::new();
            let back = format!("/entreprises/{target}?relation=reponse");
            go_on_success(answer, {
                let back = back.clone();
                move |_| back.clone()
            });
            view! {
                {move || status(t_string!(i18n, network.received, company = mine.clone()).to_string())}
                <ActionForm action=answer attr:class="connection__form">
                    <ErrorSummary messages=Submitted::of(answer).messages() form="connect-answer" />
                    <input type="hidden" name="mine" value=from />
                    <input type="hidden" name="other" value=target />
                    <input type="hidden" name="back" value=back />
                    <button type="submit" name="accept" value="1" class="button">{t!(i18n, network.accept)}</button>
                    <button type="submit" name="accept" value="0" class="button button--secondary">{t!(i18n, network.decline)}</button>
                </ActionForm>
            }
            .into_any()
        }
    }
}

/// Asks to connect, with an optional message; the form stays open when it comes back refused.
#[component]
fn RequestForm(target: String, from: String, label: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RequestConnection>::new();
    let form = Submitted::of(action);
    let back = format!("/entreprises/{target}?relation=demande");
    go_on_success(action, {
        let back = back.clone();
        move |_| back.clone()
    });
    let refused = move || form.messages().with(|m| !m.is_empty());
    let form_id = format!("connect-{from}");
    view! {
        <details class="request" open=refused>
            <summary class="button">{label}</summary>
            <ActionForm action attr:class="form">
                <ErrorSummary messages=form.messages() form=form_id.clone() />
                <input type="hidden" name="from" value=from />
                <input type="hidden" name="to" value=target />
                <input type="hidden" name="back" value=back />
                <TextArea
                    name="message"
                    form=form_id
                    label=Signal::derive(move || t_string!(i18n, network.message).to_string())
                    hint=Signal::derive(move || t_string!(i18n, network.message_hint).to_string())
                    value=form.value("message", String::new())
                    error=form.field_error("message")
                    maxlength=500
                    rows=3
                />
                <button type="submit" class="button">{t!(i18n, network.send)}</button>
            </ActionForm>
        </details>
    }
}
