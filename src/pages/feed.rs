//! Announcements: the feed `/fil`, a post's page `/annonces/<id>`, and the publishing and editing
//! forms. Everything reads and works as plain HTML; once hydrated, "more announcements" loads the
//! next page in place.

use std::collections::HashSet;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{
    components::A,
    hooks::{use_location, use_params_map, use_query_map},
};

use crate::{
    Locale,
    api::{
        comments::{
            AddComment, CommentThread, DeleteComment, HideComment, RestoreComment, UpdateComment,
            get_comments,
        },
        moderation::{ReportContent, RestorePost},
        posts::{
            DeletePost, FeedPage, OFFICIAL, PostCard, PostForm, PublishPost, ReactToPost,
            UpdatePost, get_feed, get_post, get_post_form,
        },
    },
    components::{
        company::{Logo, is_french},
        error::{ErrorNotice, error_message},
        form::{Checkbox, ErrorSummary, Field, Select, Submitted, TextArea},
        help::LockedAction,
        layout::page_title,
    },
    domain::{
        permissions::Denial,
        post::{PostKind, PostVisibility, ReactionKind, Reactions, Segment},
        site::SiteInfo,
    },
    error::AppError,
    pages::{account::SignInPrompt, company::go_on_success, not_found::NotFound},
    t, t_string, use_i18n,
};

fn query_flag(name: &'static str) -> Memo<bool> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get(name).is_some()))
}

/// The feed's address for a kind (`""` for all) at `page`.
fn feed_href(kind: &str, page: u64) -> String {
    match (kind, page) {
        ("", 1) => "/fil".into(),
        ("", page) => format!("/fil?page={page}"),
        (kind, 1) => format!("/fil?type={kind}"),
        (kind, page) => format!("/fil?type={kind}&page={page}"),
    }
}

#[component]
pub fn FeedPageView() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let params = Memo::new(move |_| {
        query.with(|q| {
            let kind =
                q.get("type").filter(|k| PostKind::from_slug(k).is_some()).unwrap_or_default();
            (kind, q.get("page").unwrap_or_default())
        })
    });
    let feed = Resource::new(move || params.get(), |(kind, page)| get_feed(kind, page));
    let deleted = query_flag("supprimee");
    view! {
        <Title text=page_title(move || t_string!(i18n, posts.title).to_string()) />
        <div class="page page--feed">
            <h1 data-tour="feed-title">{t!(i18n, posts.title)}</h1>
            <p class="lead">{t!(i18n, posts.intro)}</p>
            <Show when=move || deleted.get()>
                <p class="notice notice--success" role="status">{t!(i18n, posts.deleted)}</p>
            </Show>
            <Suspense>
                {move || Suspend::new(async move {
                    let (kind, _) = params.get_untracked();
                    match feed.await {
                        Ok(page) => view! { <Feed page kind /> }.into_any(),
                        Err(AppError::Denied(Denial::SignInRequired)) => view! {
                            <p>{t!(i18n, posts.sign_in)}</p>
                            <SignInPrompt next="/fil" />
                        }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Feed(page: FeedPage, kind: String) -> impl IntoView {
    let i18n = use_i18n();
    let publish = match page.publish {
        Ok(()) => view! {
            <A href="/annonces/nouvelle" attr:class="button" attr:data-tour="feed-publish">
                {t!(i18n, posts.publish)}
            </A>
        }
        .into_any(),
        Err(denial) => view! {
            <LockedAction
                id="feed-publish"
                label=Signal::derive(move || t_string!(i18n, posts.publish).to_string())
                denial
            />
        }
        .into_any(),
    };
    let current = kind.clone();
    let tabs = std::iter::once(("", None))
        .chain(PostKind::ALL.into_iter().map(|k| (k.slug(), Some(k))))
        .map(|(slug, k)| {
            let active = slug == current;
            view! {
                <li>
                    <a href=feed_href(slug, 1) aria-current=active.then_some("page")>
                        {move || match k {
                            Some(k) => k.label(is_french(i18n.get_locale())).to_string(),
                            None => t_string!(i18n, posts.all).to_string(),
                        }}
                    </a>
                </li>
            }
        })
        .collect_view();
    let empty = page.posts.is_empty() && page.page == 1;
    view! {
        <div class="feed__actions">{publish}</div>
        <nav class="feed__kinds" aria-label=move || t_string!(i18n, posts.filter_label) data-tour="feed-kinds">
            <ul role="list">{tabs}</ul>
        </nav>
        {if empty {
            let filtered = !kind.is_empty();
            view! {
                <p class="muted">
                    {if filtered { t!(i18n, posts.empty_kind).into_any() } else { t!(i18n, posts.empty).into_any() }}
                </p>
            }
            .into_any()
        } else {
            view! { <FeedList page kind /> }.into_any()
        }}
    }
}

/// The posts of a page, the link to the previous page without JavaScript, and the link to the next
/// one, which loads it in place once hydrated.
#[component]
fn FeedList(page: FeedPage, kind: String) -> impl IntoView {
    let i18n = use_i18n();
    let seen = StoredValue::new(page.posts.iter().map(|p| p.id).collect::<HashSet<i32>>());
    let extra = RwSignal::new(Vec::<PostCard>::new());
    let next = RwSignal::new(page.has_more.then_some(page.page + 1));
    let loading = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let kind = StoredValue::new(kind);
    // Without JavaScript the next page is a link; once hydrated, a button that loads it in place.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let load_more = move |_| {
        let Some(number) = next.get_untracked() else { return };
        if loading.get_untracked() {
            return;
        }
        loading.set(true);
        let kind = kind.get_value();
        leptos::task::spawn_local(async move {
            match get_feed(kind.clone(), number.to_string()).await {
                Ok(more) => {
                    let fresh: Vec<PostCard> = more
                        .posts
                        .into_iter()
                        .filter(|p| seen.try_update_value(|s| s.insert(p.id)).unwrap_or(false))
                        .collect();
                    let count = fresh.len();
                    extra.update(|posts| posts.extend(fresh));
                    next.set(more.has_more.then_some(more.page + 1));
                    status.set(t_string!(i18n, posts.loaded, count = count).to_string());
                }
                // The plain link still works: follow it.
                Err(_) => {
                    let _ = window().location().set_href(&feed_href(&kind, number));
                }
            }
            loading.set(false);
        });
    };
    let previous = (page.page > 1).then(|| {
        let href = kind.with_value(|k| feed_href(k, page.page - 1));
        view! { <A href=href attr:class="button button--secondary">{t!(i18n, posts.previous)}</A> }
    });
    view! {
        <ol class="feed" role="list">
            {page.posts.into_iter().map(|post| view! { <li><PostItem post /></li> }).collect_view()}
            <For each=move || extra.get() key=|post| post.id let:post>
                <li><PostItem post /></li>
            </For>
        </ol>
        <p class="visually-hidden" role="status">{move || status.get()}</p>
        <div class="feed__pages">
            {previous}
            {move || next.get().map(|number| if hydrated.get() {
                view! {
                    <button
                        type="button"
                        class="button button--secondary"
                        aria-busy=move || loading.get().then_some("true")
                        on:click=load_more
                    >
                        {move || if loading.get() { t_string!(i18n, posts.loading) } else { t_string!(i18n, posts.more) }}
                    </button>
                }
                .into_any()
            } else {
                view! {
                    <a href=kind.with_value(|k| feed_href(k, number)) class="button button--secondary">
                        {t!(i18n, posts.more)}
                    </a>
                }
                .into_any()
            })}
        </div>
    }
}

/// A post: its publisher, kind and date, title and text. On its own page the title is the page's
/// heading; in lists it links to that page.
#[component]
pub fn PostItem(
    post: PostCard,
    #[prop(default = false)] alone: bool,
    /// The heading level of the title in a list: 2 in the feed, 3 under a company page's heading.
    #[prop(default = 2)]
    level: u8,
) -> impl IntoView {
    let i18n = use_i18n();
    let title_id = format!("post-{}-title", post.id);
    let reactions = (post.title.clone(), post.reactions);
    let kind = post.kind;
    let french = move || is_french(i18n.get_locale());
    let name = post.publisher.name.clone();
    let publisher = match post.publisher.slug.clone() {
        Some(slug) => view! { <A href=format!("/entreprises/{slug}")>{name}</A> }.into_any(),
        None => view! { <span>{name}</span> }.into_any(),
    };
    let title = if alone {
        view! { <h1 id=title_id.clone() class="post__title">{post.title.clone()}</h1> }.into_any()
    } else {
        let link = view! { <A href=format!("/annonces/{}", post.id)>{post.title.clone()}</A> };
        if level == 3 {
            view! { <h3 id=title_id.clone() class="post__title">{link}</h3> }.into_any()
        } else {
            view! { <h2 id=title_id.clone() class="post__title">{link}</h2> }.into_any()
        }
    };
    let expiry = post.expires.clone().map(|date| {
        let expired = post.expired;
        view! {
            <p class="post__expiry" class:post__expiry--past=expired>
                {move || if expired {
                    t_string!(i18n, posts.expired, date = date.clone()).to_string()
                } else {
                    t_string!(i18n, posts.until, date = date.clone()).to_string()
                }}
            </p>
        }
    });
    let id = post.id;
    let comments = post.comments;
    let comments_link = (!alone).then(|| {
        view! {
            <A href=format!("/annonces/{id}#commentaires") attr:class="post__comments">
                {move || if comments == 0 {
                    t_string!(i18n, posts.comment_first).to_string()
                } else {
                    t_string!(i18n, posts.comments_link, count = comments).to_string()
                }}
            </A>
        }
    });
    view! {
        <article id=format!("post-{id}") class="post" class:post--official=post.official aria-labelledby=title_id>
            <header class="post__header">
                <Logo url=post.publisher.logo_url.clone() name=post.publisher.name.clone() class="avatar" />
                <div>
                    <p class="post__publisher">
                        {publisher}
                        {post.official.then(|| view! { " " <span class="badge badge--official">{t!(i18n, posts.official)}</span> })}
                    </p>
                    <p class="post__meta">
                        <span class=format!("badge badge--{}", kind.as_str())>{move || kind.label(french())}</span>
                        " · "
                        <time datetime=post.datetime.clone()>{post.date.clone()}</time>
                        {post.edited.then(|| view! { " · " {t!(i18n, posts.edited)} })}
                        {post.pinned.then(|| view! { " · " <strong>{t!(i18n, posts.pinned)}</strong> })}
                        {(post.visibility == PostVisibility::Connections).then(|| view! { " · " {t!(i18n, posts.connections_only)} })}
                    </p>
                </div>
            </header>
            {title}
            // Rendered from markdown and cleaned by ammonia on the server.
            <div class="prose post__body" inner_html=post.body_html.clone()></div>
            {expiry}
            {post.author.clone().filter(|_| alone).map(|name| view! {
                <p class="muted small">{move || t_string!(i18n, posts.by, name = name.clone()).to_string()}</p>
            })}
            <footer class="post__footer">
                <PostReactions id title=reactions.0 initial=reactions.1 />
                {comments_link}
            </footer>
        </article>
    }
}

/// "J'aime" and "Intéressé": two buttons that say whether they are pressed and how many pressed
/// them. Plain forms without JavaScript (the page comes back at the post); updated in place after.
#[component]
fn PostReactions(id: i32, title: String, initial: Reactions) -> impl IntoView {
    let i18n = use_i18n();
    let react = ServerAction::<ReactToPost>::new();
    let current = Signal::derive(move || match react.value().get() {
        Some(Ok(now)) => now,
        _ => initial,
    });
    let failure = move || match react.value().get() {
        Some(Err(error)) => Some(error_message(&error)),
        _ => None,
    };
    let location = use_location();
    let back = move || format!("{}{}", location.pathname.get(), location.search.get());
    let error_id = format!("post-{id}-reaction-error");
    let label = move || t_string!(i18n, posts.reactions_label, title = title.clone()).to_string();
    let buttons = ReactionKind::ALL
        .into_iter()
        .map(|kind| {
            let text = move || match kind {
                ReactionKind::Like => t_string!(i18n, posts.like),
                ReactionKind::Interested => t_string!(i18n, posts.interested),
            };
            let count = move || current.get().count(kind);
            let pressed = move || (current.get().mine == Some(kind)).to_string();
            let error_id = error_id.clone();
            view! {
                <ActionForm action=react attr:class="reaction-form">
                    <input type="hidden" name="id" value=id.to_string() />
                    <input type="hidden" name="kind" value=kind.as_str() />
                    <input type="hidden" name="back" value=back />
                    <button
                        type="submit"
                        class=format!("reaction reaction--{}", kind.as_str())
                        aria-pressed=pressed
                        aria-describedby=move || failure().map(|_| error_id.clone())
                    >
                        <span class="reaction__icon" aria-hidden="true">
                            {match kind {
                                ReactionKind::Like => "♥",
                                ReactionKind::Interested => "★",
                            }}
                        </span>
                        {text}
                        " "
                        <span class="reaction__count">{count}</span>
                    </button>
                </ActionForm>
            }
        })
        .collect_view();
    view! {
        <div class="reactions" role="group" aria-label=label>
            {buttons}
            <Show when=move || failure().is_some()>
                <p id=format!("post-{id}-reaction-error") class="field__error" role="alert">{failure}</p>
            </Show>
        </div>
    }
}

fn id_param() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()))
}

#[component]
pub fn PostPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = id_param();
    // Both loaded up front and awaited together: a resource read inside a nested suspense could
    // leave the server's render waiting.
    let post = Resource::new(move || id.get(), get_post);
    let thread = Resource::new(move || id.get(), get_comments);
    let actions = CommentActions::new();
    let (published, saved) = (query_flag("publiee"), query_flag("enregistree"));
    let reported = query_flag("signale");
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let (post, thread) = (post.await, thread.await.ok());
                let moderator = thread.as_ref().is_some_and(|t| t.moderator);
                match post {
                    Ok(post) => view! {
                        <Title text=post.title.clone() />
                        <div class="page page--narrow">
                            <p><A href="/fil">{t!(i18n, posts.back)}</A></p>
                            <Show when=move || published.get()>
                                <p class="notice notice--success" role="status">{t!(i18n, posts.published)}</p>
                            </Show>
                            <Show when=move || saved.get()>
                                <p class="notice notice--success" role="status">{t!(i18n, posts.saved)}</p>
                            </Show>
                            <Show when=move || reported.get() || matches!(actions.report.value().get(), Some(Ok(_)))>
                                <p class="notice notice--success" role="status">{t!(i18n, moderation.reported)}</p>
                            </Show>
                            {post.editable.then(|| view! { <PostTools id=post.id /> })}
                            {post.hidden.clone().map(|reason| view! { <HiddenPost id=post.id reason /> })}
                            <PostItem post=post.clone() alone=true />
                            {(!post.editable && !moderator).then(|| view! {
                                <ReportForm target="post" id=post.id action=actions.report />
                            })}
                            {thread.map(|initial| view! { <Comments initial actions /> })}
                        </div>
                    }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(AppError::Denied(Denial::SignInRequired)) => view! {
                        <div class="page page--narrow"><SignInPrompt next="/fil" /></div>
                    }.into_any(),
                    Err(error) => view! { <div class="page"><ErrorNotice error /></div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// What can be done to the comments of a post, and a count of the changes that succeeded (which
/// reloads them).
#[derive(Clone, Copy)]
struct CommentActions {
    add: ServerAction<AddComment>,
    update: ServerAction<UpdateComment>,
    delete: ServerAction<DeleteComment>,
    hide: ServerAction<HideComment>,
    restore: ServerAction<RestoreComment>,
    report: ServerAction<ReportContent>,
    changes: RwSignal<u32>,
}

impl CommentActions {
    fn new() -> Self {
        let actions = CommentActions {
            add: ServerAction::new(),
            update: ServerAction::new(),
            delete: ServerAction::new(),
            hide: ServerAction::new(),
            restore: ServerAction::new(),
            report: ServerAction::new(),
            changes: RwSignal::new(0),
        };
        let changes = actions.changes;
        let done = move |ok: bool| {
            if ok {
                changes.update(|n| *n += 1);
            }
        };
        let (add, update, delete, hide, restore) =
            (actions.add, actions.update, actions.delete, actions.hide, actions.restore);
        Effect::new(move |_| done(matches!(add.value().get(), Some(Ok(_)))));
        Effect::new(move |_| done(matches!(update.value().get(), Some(Ok(_)))));
        Effect::new(move |_| done(matches!(delete.value().get(), Some(Ok(_)))));
        Effect::new(move |_| done(matches!(hide.value().get(), Some(Ok(_)))));
        Effect::new(move |_| done(matches!(restore.value().get(), Some(Ok(_)))));
        actions
    }
}

/// The comments under a post, and the form to add one. After each change made here, once
/// hydrated, the list is read again from the server.
#[component]
fn Comments(initial: CommentThread, actions: CommentActions) -> impl IntoView {
    let i18n = use_i18n();
    let post = initial.post_id;
    let thread = RwSignal::new(initial);
    Effect::new(move |previous: Option<u32>| {
        let changes = actions.changes.get();
        if previous.is_some_and(|seen| seen != changes) {
            leptos::task::spawn_local(async move {
                if let Ok(fresh) = get_comments(post.to_string()).await {
                    thread.set(fresh);
                }
            });
        }
        changes
    });
    let added = actions.add.value();
    view! {
        <section id="commentaires" class="comments" aria-labelledby="comments-title">
            <h2 id="comments-title">{t!(i18n, comments.title)}</h2>
            <p class="visually-hidden" role="status">
                {move || matches!(added.get(), Some(Ok(_))).then(|| t_string!(i18n, comments.posted))}
            </p>
            {move || view! { <CommentThreadView thread=thread.get() actions /> }}
        </section>
    }
}

#[component]
fn CommentThreadView(thread: CommentThread, actions: CommentActions) -> impl IntoView {
    let i18n = use_i18n();
    let moderator = thread.moderator;
    let list = if thread.comments.is_empty() {
        view! { <p class="muted">{t!(i18n, comments.none)}</p> }.into_any()
    } else {
        view! {
            <ol class="comments__list" role="list">
                {thread
                    .comments
                    .into_iter()
                    .map(|comment| view! { <CommentItem comment moderator actions /> })
                    .collect_view()}
            </ol>
        }
        .into_any()
    };
    let form = match thread.may_comment {
        Ok(()) => view! { <CommentForm post=thread.post_id actions /> }.into_any(),
        Err(denial) => view! {
            <LockedAction
                id="comment-locked"
                label=Signal::derive(move || t_string!(i18n, comments.submit).to_string())
                denial
            />
        }
        .into_any(),
    };
    view! {
        {list}
        {form}
    }
}

#[component]
fn CommentForm(post: i32, actions: CommentActions) -> impl IntoView {
    let i18n = use_i18n();
    let form = Submitted::of(actions.add);
    view! {
        <ActionForm action=actions.add attr:class="form comment-form" attr:novalidate=true>
            <ErrorSummary messages=form.messages() form="comment" />
            <input type="hidden" name="post" value=post.to_string() />
            <TextArea
                name="body"
                form="comment"
                label=Signal::derive(move || t_string!(i18n, comments.field).to_string())
                hint=Signal::derive(move || t_string!(i18n, comments.hint).to_string())
                value=form.value("body", String::new())
                error=form.field_error("body")
                required=true
                maxlength=2000
                rows=4
            />
            <button type="submit" class="button">{t!(i18n, comments.submit)}</button>
        </ActionForm>
    }
}

/// Text with its web addresses as links; the rest stays text, escaped like any other.
fn comment_text(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.into_any(),
            Segment::Link(url) => {
                let href = url.clone();
                view! { <a href=href rel="nofollow noopener ugc">{url}</a> }.into_any()
            }
        })
        .collect_view()
}

#[component]
fn CommentItem(
    comment: crate::api::comments::CommentView,
    moderator: bool,
    actions: CommentActions,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = comment.id;
    let key = id.to_string();
    let author = match comment.company.clone() {
        Some((slug, company)) => view! {
            <span class="comment__author">{comment.author.clone()}</span>
            ", "
            <A href=format!("/entreprises/{slug}")>{company}</A>
        }
        .into_any(),
        None => view! { <span class="comment__author">{comment.author.clone()}</span> }.into_any(),
    };
    let hidden = comment.hidden.clone().map(|reason| {
        view! {
            <p class="comment__hidden">
                <strong>{move || t_string!(i18n, comments.hidden_notice, reason = reason.clone()).to_string()}</strong>
            </p>
        }
    });
    let edit = comment.source.clone().filter(|_| comment.mine).map(|source| {
        let (key, delete_key) = (key.clone(), key.clone());
        let form = Submitted::of(actions.update).only_when("id", key.clone());
        let scope = format!("comment-{id}");
        view! {
            <details>
                <summary>{t!(i18n, comments.edit)}</summary>
                <ActionForm action=actions.update attr:class="form" attr:novalidate=true>
                    <ErrorSummary messages=form.messages() form=scope.clone() />
                    <input type="hidden" name="id" value=key.clone() />
                    <TextArea
                        name="body"
                        form=scope
                        label=Signal::derive(move || t_string!(i18n, comments.edit_field).to_string())
                        hint=Signal::derive(move || t_string!(i18n, comments.hint).to_string())
                        value=form.value("body", source)
                        error=form.field_error("body")
                        required=true
                        maxlength=2000
                        rows=4
                    />
                    <button type="submit" class="button">{t!(i18n, comments.save)}</button>
                </ActionForm>
            </details>
            <details>
                <summary>{t!(i18n, comments.delete)}</summary>
                <ActionForm action=actions.delete attr:class="form">
                    <input type="hidden" name="id" value=delete_key />
                    <p>{t!(i18n, comments.delete_confirm)}</p>
                    <button type="submit" class="button button--danger">{t!(i18n, comments.delete_submit)}</button>
                </ActionForm>
            </details>
        }
    });
    let moderate = moderator.then(|| {
        let key = key.clone();
        if comment.hidden.is_some() {
            view! {
                <ActionForm action=actions.restore attr:class="form">
                    <input type="hidden" name="id" value=key.clone() />
                    <button type="submit" class="button button--secondary">{t!(i18n, comments.restore)}</button>
                </ActionForm>
            }
            .into_any()
        } else {
            let form = Submitted::of(actions.hide).only_when("id", key.clone());
            let scope = format!("hide-{id}");
            view! {
                <details>
                    <summary>{t!(i18n, comments.hide)}</summary>
                    <ActionForm action=actions.hide attr:class="form" attr:novalidate=true>
                        <ErrorSummary messages=form.messages() form=scope.clone() />
                        <input type="hidden" name="id" value=key.clone() />
                        <Field
                            name="reason"
                            form=scope
                            label=Signal::derive(move || t_string!(i18n, comments.hide_reason).to_string())
                            hint=Signal::derive(move || t_string!(i18n, comments.hide_hint).to_string())
                            value=form.value("reason", String::new())
                            error=form.field_error("reason")
                            maxlength=500
                        />
                        <button type="submit" class="button button--danger">{t!(i18n, comments.hide_submit)}</button>
                    </ActionForm>
                </details>
            }
            .into_any()
        }
    });
    let report = (!comment.mine && !moderator)
        .then(|| view! { <ReportForm target="comment" id action=actions.report /> });
    let tools = (edit.is_some() || moderate.is_some() || report.is_some())
        .then(|| view! { <div class="comment__tools">{edit}{moderate}{report}</div> });
    view! {
        <li id=format!("comment-{id}") class="comment" class:comment--hidden=comment.hidden.is_some()>
            <p class="comment__meta">
                {author}
                " · "
                <time datetime=comment.datetime.clone()>{comment.date.clone()}</time>
                {comment.edited.then(|| view! { " · " {t!(i18n, comments.edited)} })}
            </p>
            {hidden}
            <p class="comment__body">{comment_text(comment.body)}</p>
            {tools}
        </li>
    }
}

/// "Signaler": a reason, sent to the town hall's moderation queue.
#[component]
fn ReportForm(target: &'static str, id: i32, action: ServerAction<ReportContent>) -> impl IntoView {
    let i18n = use_i18n();
    let form = Submitted::of(action).only_when("id", id.to_string());
    let scope = format!("report-{target}-{id}");
    view! {
        <details class="report">
            <summary>{t!(i18n, moderation.report)}</summary>
            <ActionForm action attr:class="form" attr:novalidate=true>
                <ErrorSummary messages=form.messages() form=scope.clone() />
                <input type="hidden" name="target" value=target />
                <input type="hidden" name="id" value=id.to_string() />
                <Field
                    name="reason"
                    form=scope
                    label=Signal::derive(move || t_string!(i18n, moderation.report_reason).to_string())
                    hint=Signal::derive(move || t_string!(i18n, moderation.report_hint).to_string())
                    value=form.value("reason", String::new())
                    error=form.field_error("reason")
                    maxlength=1000
                />
                <button type="submit" class="button button--secondary">{t!(i18n, moderation.report_submit)}</button>
            </ActionForm>
        </details>
    }
}

/// What a moderator reads on a post they hid, and the way back.
#[component]
fn HiddenPost(id: i32, reason: String) -> impl IntoView {
    let i18n = use_i18n();
    let restore = ServerAction::<RestorePost>::new();
    go_on_success(restore, |id: &i32| format!("/annonces/{id}"));
    view! {
        <div class="notice notice--error">
            <p>{move || t_string!(i18n, moderation.post_hidden, reason = reason.clone()).to_string()}</p>
            <ActionForm action=restore>
                <input type="hidden" name="id" value=id.to_string() />
                <button type="submit" class="button button--secondary">{t!(i18n, moderation.restore)}</button>
            </ActionForm>
        </div>
    }
}

/// Edit and delete, for the people who published the post.
#[component]
fn PostTools(id: i32) -> impl IntoView {
    let i18n = use_i18n();
    let delete = ServerAction::<DeletePost>::new();
    let form = Submitted::of(delete);
    go_on_success(delete, |_| "/fil?supprimee=1".to_string());
    view! {
        <div class="post__tools">
            <A href=format!("/annonces/{id}/modifier") attr:class="button button--secondary">{t!(i18n, posts.edit)}</A>
            <details class="post__delete">
                <summary class="button button--secondary">{t!(i18n, posts.delete)}</summary>
                <ActionForm action=delete attr:class="form">
                    <ErrorSummary messages=form.messages() form="delete" />
                    <input type="hidden" name="id" value=id.to_string() />
                    <p>{t!(i18n, posts.delete_confirm)}</p>
                    <button type="submit" class="button button--danger">{t!(i18n, posts.delete_submit)}</button>
                </ActionForm>
            </details>
        </div>
    }
}

#[component]
pub fn NewPostPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let company = Memo::new(move |_| query.with(|q| q.get("entreprise").unwrap_or_default()));
    let form = Resource::new(move || company.get(), |c| get_post_form(String::new(), c));
    view! {
        <Title text=page_title(move || t_string!(i18n, posts.new_title).to_string()) />
        <div class="page page--narrow">
            <p><A href="/fil">{t!(i18n, posts.back)}</A></p>
            <h1>{t!(i18n, posts.new_title)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match form.await {
                        Ok(initial) => view! { <PostFormView initial id=None /> }.into_any(),
                        Err(AppError::Denied(Denial::SignInRequired)) => {
                            view! { <SignInPrompt next="/annonces/nouvelle" /> }.into_any()
                        }
                        Err(AppError::Denied(denial)) => view! {
                            <p class="notice" data-tour="publish-locked">
                                {move || denial.message(matches!(i18n.get_locale(), Locale::fr))}
                            </p>
                        }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
pub fn EditPostPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = id_param();
    let form = Resource::new(move || id.get(), |id| get_post_form(id, String::new()));
    view! {
        <Title text=page_title(move || t_string!(i18n, posts.edit_title).to_string()) />
        <div class="page page--narrow">
            <Suspense>
                {move || Suspend::new(async move {
                    match form.await {
                        Ok(initial) => {
                            let post = id.get_untracked().parse::<i32>().ok();
                            view! {
                                <p><A href=format!("/annonces/{}", post.unwrap_or_default())>{t!(i18n, posts.back)}</A></p>
                                <h1>{t!(i18n, posts.edit_title)}</h1>
                                <PostFormView initial id=post />
                            }.into_any()
                        }
                        Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                        Err(AppError::Denied(Denial::SignInRequired)) => {
                            view! { <SignInPrompt next="/fil" /> }.into_any()
                        }
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// The fields of a post, for publishing (`id` none) or editing.
#[component]
fn PostFormView(initial: PostForm, id: Option<i32>) -> impl IntoView {
    let i18n = use_i18n();
    let publish = ServerAction::<PublishPost>::new();
    let update = ServerAction::<UpdatePost>::new();
    go_on_success(publish, |id: &i32| format!("/annonces/{id}?publiee=1"));
    go_on_success(update, |id: &i32| format!("/annonces/{id}?enregistree=1"));
    let form = if id.is_some() { Submitted::of(update) } else { Submitted::of(publish) };
    let values = initial.values.clone();
    let options = initial.options.clone();
    let official_allowed = options.official;
    let town_hall = expect_context::<SiteInfo>().town;
    let publishers = Signal::derive({
        let options = options.clone();
        let town_hall = town_hall.clone();
        move || {
            let mut list: Vec<(String, String)> = options.companies.clone();
            if options.official {
                let name = if is_french(i18n.get_locale()) {
                    format!("Mairie de {town_hall}")
                } else {
                    format!("{town_hall} town hall")
                };
                list.push((
                    OFFICIAL.into(),
                    t_string!(i18n, posts.official_option, town_hall = name.clone()).to_string(),
                ));
            }
            list
        }
    });
    let kinds = Signal::derive(move || {
        PostKind::ALL
            .into_iter()
            .map(|k| (k.as_str().to_string(), k.label(is_french(i18n.get_locale())).to_string()))
            .collect::<Vec<_>>()
    });
    let visibilities = Signal::derive(move || {
        PostVisibility::ALL
            .into_iter()
            .map(|v| (v.as_str().to_string(), v.label(is_french(i18n.get_locale())).to_string()))
            .collect::<Vec<_>>()
    });
    let pinned = {
        let initial = values.pinned;
        Signal::derive(move || {
            form.value("pinned", if initial { "on".into() } else { String::new() }).get() == "on"
        })
    };
    let official_post = id.is_some() && values.publisher.is_empty() && official_allowed;
    let fields = view! {
        <ErrorSummary messages=form.messages() />
        {match id {
            Some(id) => view! { <input type="hidden" name="id" value=id.to_string() /> }.into_any(),
            None => view! {
                <Select
                    name="publisher"
                    label=Signal::derive(move || t_string!(i18n, posts.publisher).to_string())
                    hint=Signal::derive(move || t_string!(i18n, posts.publisher_hint).to_string())
                    options=publishers
                    value=form.value("publisher", values.publisher.clone())
                    error=form.field_error("publisher")
                    required=true
                />
            }.into_any(),
        }}
        <Select
            name="kind"
            label=Signal::derive(move || t_string!(i18n, posts.kind).to_string())
            hint=Signal::derive(move || t_string!(i18n, posts.kind_hint).to_string())
            options=kinds
            value=form.value("kind", values.kind.clone())
            error=form.field_error("kind")
            required=true
        />
        <Field
            name="title"
            label=Signal::derive(move || t_string!(i18n, posts.field_title).to_string())
            hint=Signal::derive(move || t_string!(i18n, posts.field_title_hint).to_string())
            value=form.value("title", values.title.clone())
            error=form.field_error("title")
            maxlength=160
        />
        <TextArea
            name="body"
            label=Signal::derive(move || t_string!(i18n, posts.body).to_string())
            hint=Signal::derive(move || t_string!(i18n, posts.body_hint).to_string())
            value=form.value("body", values.body.clone())
            error=form.field_error("body")
            required=true
            maxlength=8000
            rows=10
        />
        <Select
            name="visibility"
            label=Signal::derive(move || t_string!(i18n, posts.visibility).to_string())
            hint=Signal::derive(move || t_string!(i18n, posts.visibility_hint).to_string())
            options=visibilities
            value=form.value("visibility", values.visibility.clone())
            error=form.field_error("visibility")
            required=true
        />
        <Field
            name="expires_on"
            kind="date"
            label=Signal::derive(move || t_string!(i18n, posts.expires_on).to_string())
            hint=Signal::derive(move || t_string!(i18n, posts.expires_on_hint).to_string())
            value=form.value("expires_on", values.expires_on.clone())
            error=form.field_error("expires_on")
            required=false
        />
        {(official_allowed && (id.is_none() || official_post)).then(|| view! {
            <Checkbox name="pinned" checked=pinned>{t!(i18n, posts.pinned_field)}</Checkbox>
        })}
    };
    match id {
        Some(_) => view! {
            <ActionForm action=update attr:class="form" attr:novalidate=true>
                {fields}
                <button type="submit" class="button">{t!(i18n, posts.save)}</button>
            </ActionForm>
        }
        .into_any(),
        None => view! {
            <ActionForm action=publish attr:class="form" attr:novalidate=true>
                {fields}
                <button type="submit" class="button">{t!(i18n, posts.submit)}</button>
            </ActionForm>
        }
        .into_any(),
    }
}

/// A company's announcements on its page, expired ones marked; `None` when the reader may not
/// read them.
#[component]
pub fn CompanyPosts(posts: Option<Vec<PostCard>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 id="company-posts-title">{t!(i18n, posts.company_title)}</h2>
        {match posts {
            None => view! { <p class="muted">{t!(i18n, posts.company_sign_in)}</p> }.into_any(),
            Some(list) if list.is_empty() => {
                view! { <p class="muted">{t!(i18n, posts.company_none)}</p> }.into_any()
            }
            Some(list) => view! {
                <ol class="feed feed--company" role="list" aria-labelledby="company-posts-title">
                    {list.into_iter().map(|post| view! { <li><PostItem post level=3 /></li> }).collect_view()}
                </ol>
            }
            .into_any(),
        }}
    }
}
