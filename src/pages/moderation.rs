//! The town hall's moderation queue `/admin/moderation`: what members reported, and the decision
//! on each (hide, hide and suspend the author, or dismiss).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_query_map};

use crate::{
    api::moderation::{ReportView, ResolveReport, get_moderation_queue},
    components::{
        error::ErrorNotice,
        form::{ErrorSummary, Field, Select, Submitted},
        layout::page_title,
    },
    domain::permissions::Denial,
    error::AppError,
    pages::{account::SignInPrompt, admin::AdminNav},
    t, t_string, use_i18n,
};

#[component]
pub fn ModerationPage() -> impl IntoView {
    let i18n = use_i18n();
    let resolve = ServerAction::<ResolveReport>::new();
    let queue = Resource::new(move || resolve.version().get(), |_| get_moderation_queue());
    let query = use_query_map();
    let done = Memo::new(move |_| query.with(|q| q.get("traite").is_some()));
    view! {
        <Title text=page_title(move || t_string!(i18n, moderation.title).to_string()) />
        <div class="page admin">
            <AdminNav />
            <h1>{t!(i18n, moderation.title)}</h1>
            <p class="lead">{t!(i18n, moderation.intro)}</p>
            <Show when=move || done.get() || matches!(resolve.value().get(), Some(Ok(())))>
                <p class="notice notice--success" role="status">{t!(i18n, moderation.done)}</p>
            </Show>
            <Transition>
                {move || Suspend::new(async move {
                    match queue.await {
                        Ok(reports) if reports.is_empty() => {
                            view! { <p class="muted">{t!(i18n, moderation.empty)}</p> }.into_any()
                        }
                        Ok(reports) => view! {
                            <ol class="reports" role="list">
                                {reports
                                    .into_iter()
                                    .map(|report| view! { <li><ReportItem report resolve /></li> })
                                    .collect_view()}
                            </ol>
                        }
                        .into_any(),
                        Err(AppError::Denied(Denial::SignInRequired)) => {
                            view! { <SignInPrompt next="/admin/moderation" /> }.into_any()
                        }
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn ReportItem(report: ReportView, resolve: ServerAction<ResolveReport>) -> impl IntoView {
    let i18n = use_i18n();
    let id = report.id;
    let key = id.to_string();
    let form = Submitted::of(resolve).only_when("id", key.clone());
    let scope = format!("report-{id}");
    let title_id = format!("report-{id}-title");
    let labelled_by = title_id.clone();
    let title = report.post_title.clone();
    let comment = report.comment_id;
    let heading = move || match comment {
        Some(_) => t_string!(i18n, moderation.about_comment, title = title.clone()).to_string(),
        None => t_string!(i18n, moderation.about_post, title = title.clone()).to_string(),
    };
    let link = match comment {
        Some(c) => format!("/annonces/{}#comment-{c}", report.post_id),
        None => format!("/annonces/{}", report.post_id),
    };
    let decisions = Signal::derive(move || {
        vec![
            ("hide".to_string(), t_string!(i18n, moderation.hide).to_string()),
            ("suspend".to_string(), t_string!(i18n, moderation.suspend).to_string()),
            ("dismiss".to_string(), t_string!(i18n, moderation.dismiss).to_string()),
        ]
    });
    let (author, reporter, date) =
        (report.author.clone(), report.reporter.clone(), report.date.clone());
    view! {
        <article class="report-card" aria-labelledby=labelled_by>
            <h2 id=title_id class="report-card__title">{heading}</h2>
            <p class="muted small">
                {move || t_string!(i18n, moderation.by, name = author.clone()).to_string()}
                {report.hidden.then(|| view! { " · " <strong>{t!(i18n, moderation.already_hidden)}</strong> })}
                " · "
                <A href=link>{t!(i18n, moderation.see)}</A>
            </p>
            <blockquote class="report-card__excerpt">{report.excerpt.clone()}</blockquote>
            <p>
                {move || t_string!(i18n, moderation.reported_by, name = reporter.clone(), date = date.clone()).to_string()}
                " "
                <q>{report.reason.clone()}</q>
            </p>
            <ActionForm action=resolve attr:class="form" attr:novalidate=true>
                <ErrorSummary messages=form.messages() form=scope.clone() />
                <input type="hidden" name="id" value=key.clone() />
                <Select
                    name="decision"
                    form=scope.clone()
                    label=Signal::derive(move || t_string!(i18n, moderation.decision).to_string())
                    options=decisions
                    value=form.value("decision", "hide".to_string())
                    required=true
                />
                <Field
                    name="reason"
                    form=scope
                    label=Signal::derive(move || t_string!(i18n, moderation.reason).to_string())
                    hint=Signal::derive(move || t_string!(i18n, moderation.reason_hint).to_string())
                    value=form.value("reason", String::new())
                    error=form.field_error("reason")
                    required=false
                    maxlength=500
                />
                <button type="submit" class="button">{t!(i18n, moderation.submit)}</button>
            </ActionForm>
        </article>
    }
}
