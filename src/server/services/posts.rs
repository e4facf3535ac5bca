//! Announcements. Reading is for signed-in members: a post restricted to connections reaches only
//! the people of its company and of the companies connected to it (and the town hall's staff).
//! Publishing is in the name of an approved company, by its owners and editors, or of the town hall
//! by its staff; the same people edit and delete.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate, Utc};
use chrono_tz::Europe::Paris;
use sea_orm::{
    ActiveValue::Set,
    Condition, ConnectionTrait, DatabaseConnection, QueryOrder, QuerySelect,
    entity::prelude::*,
    sea_query::{Expr, ExprTrait, Func, OnConflict, Query},
};

use crate::{
    Locale,
    api::posts::{
        FeedPage, OFFICIAL, PostCard, PostForm, PostFormValues, PublishOptions, Publisher,
    },
    domain::{
        company::{self, CompanyStatus, FieldError, MemberRole},
        permissions::{self, Capability, CompanyAction, Denial},
        post::{
            self, BODY_MAX_CHARS, EXPIRY_MAX_DAYS, FEED_PAGE_SIZE, PostKind, PostVisibility,
            ReactionKind, Reactions, TITLE_MAX_CHARS,
        },
    },
    error::{AppError, FormErrors},
    server::{
        auth::{self, CurrentUser, rate_limit, request_locale},
        db,
        entities::{companies, post_comments, post_reactions, posts, users},
        markdown,
        services::{
            companies::{
                authorize, display_name, find_by_slug, french, logo_url, memberships, status_of,
            },
            connections::connected_ids,
            dates,
        },
    },
};

/// Who is reading, and the companies that decide what they see.
pub(crate) struct Reader {
    pub(crate) me: CurrentUser,
    pub(crate) admin: bool,
    /// The reader's companies, with the reader's role in each.
    own: HashMap<i32, (companies::Model, MemberRole)>,
    /// The companies connected to one of the reader's.
    connected: HashSet<i32>,
}

impl Reader {
    fn near(&self) -> Vec<i32> {
        self.own.keys().copied().chain(self.connected.iter().copied()).collect()
    }

    fn may_read(&self, post: &posts::Model) -> bool {
        if post.hidden_at.is_some() && !self.admin {
            return false;
        }
        let visibility =
            PostVisibility::parse(&post.visibility).unwrap_or(PostVisibility::Connections);
        let company = post.company_id;
        post::may_read(
            visibility,
            post.official,
            self.admin,
            company.is_some_and(|id| self.own.contains_key(&id)),
            company.is_some_and(|id| self.connected.contains(&id)),
        )
    }

    /// Whether the reader may edit and delete `post`.
    fn may_edit(&self, post: &posts::Model) -> Result<(), Denial> {
        let viewer = self.me.viewer();
        match post.company_id {
            None => permissions::check(Some(&viewer), Capability::AdministerCompanies),
            Some(id) => {
                let Some((company, role)) = self.own.get(&id) else {
                    return Err(Denial::NotCompanyMember);
                };
                permissions::check_company(
                    Some(&viewer),
                    Some(*role),
                    status_of(company),
                    CompanyAction::Publish,
                )
            }
        }
    }
}

/// The signed-in, active reader and their circle: two queries.
pub(crate) async fn reader(db: &DatabaseConnection) -> Result<Reader, AppError> {
    let me = auth::current_user().await?.ok_or(AppError::Denied(Denial::SignInRequired))?;
    let viewer = me.viewer();
    if !viewer.is_active() {
        return Err(AppError::Denied(Denial::Suspended));
    }
    let own: HashMap<i32, (companies::Model, MemberRole)> = memberships(db, me.user.id)
        .await?
        .into_iter()
        .map(|(company, role)| (company.id, (company, role)))
        .collect();
    let own_ids: Vec<i32> = own.keys().copied().collect();
    let connected = connected_ids(db, &own_ids).await?;
    Ok(Reader { admin: viewer.is_admin(), me, own, connected })
}

/// What a reader may see: posts of approved companies (and their own) or the town hall's, within
/// their visibility.
fn readable(reader: &Reader) -> Condition {
    let own: Vec<i32> = reader.own.keys().copied().collect();
    let approved = Query::select()
        .column(companies::Column::Id)
        .from(companies::Entity)
        .and_where(companies::Column::Status.eq(CompanyStatus::Approved.as_str()))
        .to_owned();
    let publisher = Condition::any()
        .add(posts::Column::CompanyId.is_null())
        .add(posts::Column::CompanyId.is_in(own.clone()))
        .add(posts::Column::CompanyId.in_subquery(approved));
    if reader.admin {
        return Condition::all().add(publisher);
    }
    Condition::all().add(publisher).add(posts::Column::HiddenAt.is_null()).add(
        Condition::any()
            .add(posts::Column::Official.eq(true))
            .add(posts::Column::Visibility.eq(PostVisibility::Members.as_str()))
            .add(posts::Column::CompanyId.is_in(reader.near())),
    )
}

fn today() -> NaiveDate {
    Utc::now().with_timezone(&Paris).date_naive()
}

fn at_noon(day: NaiveDate) -> chrono::DateTime<Utc> {
    day.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc()
}

/// Cards for `rows`, with their publishers and authors: two queries whatever their number.
async fn cards(
    db: &impl ConnectionTrait,
    reader: &Reader,
    rows: Vec<posts::Model>,
) -> Result<Vec<PostCard>, AppError> {
    let locale = request_locale();
    let company_ids: Vec<i32> = rows.iter().filter_map(|p| p.company_id).collect();
    let author_ids: Vec<i32> = rows.iter().filter_map(|p| p.author_id).collect();
    let companies: HashMap<i32, companies::Model> = if company_ids.is_empty() {
        HashMap::new()
    } else {
        companies::Entity::find()
            .filter(companies::Column::Id.is_in(company_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect()
    };
    let authors: HashMap<i32, String> = if author_ids.is_empty() {
        HashMap::new()
    } else {
        users::Entity::find()
            .filter(users::Column::Id.is_in(author_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, format!("{} {}", u.first_name, u.last_name)))
            .collect()
    };
    let post_ids: Vec<i32> = rows.iter().map(|p| p.id).collect();
    let reactions = reactions_of(db, &post_ids, reader.me.user.id).await?;
    let comments = comment_counts(db, &post_ids, reader).await?;
    let town_hall = town_hall_name(locale);
    let today = today();
    Ok(rows
        .into_iter()
        .map(|post| {
            let publisher = match post.company_id.and_then(|id| companies.get(&id)) {
                Some(company) => Publisher {
                    slug: Some(company.slug.clone()),
                    name: display_name(company),
                    logo_url: logo_url(company, 64),
                },
                None => Publisher { slug: None, name: town_hall.clone(), logo_url: None },
            };
            PostCard {
                id: post.id,
                kind: PostKind::parse(&post.kind).unwrap_or(PostKind::News),
                official: post.official,
                pinned: post.pinned,
                title: post.title.clone(),
                body_html: markdown::to_safe_html(&post.body),
                publisher,
                author: post.author_id.and_then(|id| authors.get(&id).cloned()),
                date: dates::date(post.created_at, locale),
                datetime: post.created_at.to_rfc3339(),
                edited: post.edited_at.is_some(),
                visibility: PostVisibility::parse(&post.visibility)
                    .unwrap_or(PostVisibility::Connections),
                expires: post.expires_on.map(|day| dates::date(at_noon(day), locale)),
                expired: post.expires_on.is_some_and(|day| day < today),
                editable: reader.may_edit(&post).is_ok(),
                reactions: reactions.get(&post.id).copied().unwrap_or_default(),
                comments: comments.get(&post.id).copied().unwrap_or_default(),
                hidden: post.hidden_at.map(|_| post.hidden_reason.clone().unwrap_or_default()),
            }
        })
        .collect())
}

/// The reactions to `posts`, with `user`'s own: one query, grouped.
async fn reactions_of(
    db: &impl ConnectionTrait,
    posts: &[i32],
    user: i32,
) -> Result<HashMap<i32, Reactions>, AppError> {
    let mut out: HashMap<i32, Reactions> = HashMap::new();
    if posts.is_empty() {
        return Ok(out);
    }
    // 1 when the row is the reader's: its maximum over a group tells whether they pressed it.
    let mine = Expr::from(Func::max(
        Expr::case(Expr::col(post_reactions::Column::UserId).eq(user), 1).finally(0),
    ));
    let rows: Vec<(i32, String, i64, i32)> = post_reactions::Entity::find()
        .select_only()
        .column(post_reactions::Column::PostId)
        .column(post_reactions::Column::Kind)
        .column_as(post_reactions::Column::Id.count(), "n")
        .column_as(mine, "mine")
        .filter(post_reactions::Column::PostId.is_in(posts.to_vec()))
        .group_by(post_reactions::Column::PostId)
        .group_by(post_reactions::Column::Kind)
        .into_tuple()
        .all(db)
        .await?;
    for (post, kind, count, mine) in rows {
        let Some(kind) = ReactionKind::parse(&kind) else { continue };
        let entry = out.entry(post).or_default();
        let count = u32::try_from(count).unwrap_or(u32::MAX);
        match kind {
            ReactionKind::Like => entry.likes = count,
            ReactionKind::Interested => entry.interested = count,
        }
        if mine == 1 {
            entry.mine = Some(kind);
        }
    }
    Ok(out)
}

/// How many comments under `posts` the reader sees: one query, grouped.
async fn comment_counts(
    db: &impl ConnectionTrait,
    posts: &[i32],
    reader: &Reader,
) -> Result<HashMap<i32, u32>, AppError> {
    if posts.is_empty() {
        return Ok(HashMap::new());
    }
    let mut query = post_comments::Entity::find()
        .select_only()
        .column(post_comments::Column::PostId)
        .column_as(post_comments::Column::Id.count(), "n")
        .filter(post_comments::Column::PostId.is_in(posts.to_vec()))
        .group_by(post_comments::Column::PostId);
    if !reader.admin {
        query = query.filter(
            Condition::any()
                .add(post_comments::Column::HiddenAt.is_null())
                .add(post_comments::Column::AuthorId.eq(reader.me.user.id)),
        );
    }
    let rows: Vec<(i32, i64)> = query.into_tuple().all(db).await?;
    Ok(rows.into_iter().map(|(post, n)| (post, u32::try_from(n).unwrap_or(u32::MAX))).collect())
}

fn town_hall_name(locale: Locale) -> String {
    let town = auth::state().map(|s| s.config.town.clone()).unwrap_or_else(|_| "Roncq".into());
    if french(locale) { format!("Mairie de {town}") } else { format!("{town} town hall") }
}

/// Whether the reader may publish at all, and if not, why: staff always may (officially);
/// members through a company they run.
fn publish_right(reader: &Reader) -> Result<(), Denial> {
    let viewer = reader.me.viewer();
    if permissions::check(Some(&viewer), Capability::AdministerCompanies).is_ok() {
        return Ok(());
    }
    permissions::check(Some(&viewer), Capability::PublishAnnouncements)?;
    let mut best = Err(Denial::NoCompanyYet);
    for (company, role) in reader.own.values() {
        match permissions::check_company(
            Some(&viewer),
            Some(*role),
            status_of(company),
            CompanyAction::Publish,
        ) {
            Ok(()) => return Ok(()),
            Err(denial) => best = Err(denial),
        }
    }
    best
}

/// A page of the feed: the town hall's pinned posts, then posts from the reader's companies, their
/// connections and the town hall, then the rest, newest first; expired offers and requests left
/// out. Four queries, whatever the page.
pub async fn feed(kind: Option<PostKind>, page: u64) -> Result<FeedPage, AppError> {
    let state = auth::state()?;
    let db = &state.db;
    let reader = reader(db).await?;
    let near = reader.near();
    let mut query = posts::Entity::find().filter(readable(&reader)).filter(
        Condition::any()
            .add(posts::Column::ExpiresOn.is_null())
            .add(posts::Column::ExpiresOn.gte(today())),
    );
    if let Some(kind) = kind {
        query = query.filter(posts::Column::Kind.eq(kind.as_str()));
    }
    let close =
        Expr::col(posts::Column::Official).or(Expr::col(posts::Column::CompanyId).is_in(near));
    let rows = query
        .order_by_desc(posts::Column::Pinned)
        .order_by_desc(close)
        .order_by_desc(posts::Column::CreatedAt)
        .order_by_desc(posts::Column::Id)
        .offset((page - 1) * FEED_PAGE_SIZE)
        .limit(FEED_PAGE_SIZE + 1)
        .all(db)
        .await?;
    let has_more = rows.len() as u64 > FEED_PAGE_SIZE;
    let rows = rows.into_iter().take(FEED_PAGE_SIZE as usize).collect();
    Ok(FeedPage {
        posts: cards(db, &reader, rows).await?,
        page,
        has_more,
        publish: publish_right(&reader),
    })
}

/// A post the reader may read.
pub(crate) async fn readable_post(
    db: &DatabaseConnection,
    reader: &Reader,
    id: i32,
) -> Result<posts::Model, AppError> {
    posts::Entity::find_by_id(id)
        .filter(readable(reader))
        .one(db)
        .await?
        // The query applies the rule; the domain's statement of it has the last word.
        .filter(|post| reader.may_read(post))
        .ok_or(AppError::NotFound)
}

pub async fn card(id: i32) -> Result<PostCard, AppError> {
    let state = auth::state()?;
    let reader = reader(&state.db).await?;
    let post = readable_post(&state.db, &reader, id).await?;
    cards(&state.db, &reader, vec![post]).await?.pop().ok_or(AppError::NotFound)
}

/// A company's posts the reader may read, newest first, the expired ones too.
pub async fn of_company(slug: &str) -> Result<Vec<PostCard>, AppError> {
    let state = auth::state()?;
    let reader = reader(&state.db).await?;
    let company = find_by_slug(&state.db, slug).await?;
    let rows = posts::Entity::find()
        .filter(posts::Column::CompanyId.eq(company.id))
        .filter(readable(&reader))
        .order_by_desc(posts::Column::CreatedAt)
        .limit(50)
        .all(&state.db)
        .await?;
    cards(&state.db, &reader, rows).await
}

fn options_of(reader: &Reader) -> PublishOptions {
    let viewer = reader.me.viewer();
    let mut companies: Vec<(String, String)> = reader
        .own
        .values()
        .filter(|(company, role)| {
            permissions::check_company(
                Some(&viewer),
                Some(*role),
                status_of(company),
                CompanyAction::Publish,
            )
            .is_ok()
        })
        .map(|(company, _)| (company.slug.clone(), display_name(company)))
        .collect();
    companies.sort_by(|a, b| a.1.cmp(&b.1));
    PublishOptions {
        companies,
        official: permissions::check(Some(&viewer), Capability::AdministerCompanies).is_ok(),
    }
}

pub async fn new_form(company: &str) -> Result<PostForm, AppError> {
    let state = auth::state()?;
    let reader = reader(&state.db).await?;
    publish_right(&reader).map_err(AppError::Denied)?;
    let options = options_of(&reader);
    let publisher = options
        .companies
        .iter()
        .find(|(slug, _)| slug == company)
        .or(options.companies.first())
        .map(|(slug, _)| slug.clone())
        .unwrap_or_else(|| OFFICIAL.to_string());
    let values = PostFormValues {
        publisher,
        kind: PostKind::News.as_str().into(),
        visibility: PostVisibility::Members.as_str().into(),
        ..Default::default()
    };
    Ok(PostForm { options, values })
}

pub async fn edit_form(id: i32) -> Result<PostForm, AppError> {
    let state = auth::state()?;
    let reader = reader(&state.db).await?;
    let post = readable_post(&state.db, &reader, id).await?;
    reader.may_edit(&post).map_err(AppError::Denied)?;
    let values = PostFormValues {
        publisher: String::new(),
        kind: post.kind,
        title: post.title,
        body: post.body,
        visibility: post.visibility,
        expires_on: post.expires_on.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
        pinned: post.pinned,
    };
    Ok(PostForm { options: options_of(&reader), values })
}

/// A post's fields, checked.
struct ValidPost {
    kind: PostKind,
    title: String,
    body: String,
    visibility: PostVisibility,
    expires_on: Option<NaiveDate>,
}

fn validate(values: &PostFormValues, locale: Locale) -> Result<ValidPost, AppError> {
    let fr = french(locale);
    let mut form = FormErrors::default();
    let kind = PostKind::parse(&values.kind);
    if kind.is_none() {
        form.add("kind", FieldError::UnknownChoice.message(fr));
    }
    // A title is one line.
    let one_line = values.title.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = company::required_text(&one_line, TITLE_MAX_CHARS)
        .map_err(|e| form.add("title", e.message(fr)))
        .ok();
    let body = company::required_text(&values.body, BODY_MAX_CHARS)
        .map_err(|e| form.add("body", e.message(fr)))
        .ok();
    let visibility = match values.visibility.as_str() {
        "" => Some(PostVisibility::Members),
        raw => PostVisibility::parse(raw),
    };
    if visibility.is_none() {
        form.add("visibility", FieldError::UnknownChoice.message(fr));
    }
    let expires_on = match values.expires_on.trim() {
        "" => None,
        raw => match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
            Err(_) => {
                form.add("expires_on", expiry_message(ExpiryError::Format, fr));
                None
            }
            Ok(day) if kind.is_some_and(|k| !k.may_expire()) => {
                form.add("expires_on", expiry_message(ExpiryError::NotForKind, fr));
                Some(day)
            }
            Ok(day) if day < today() => {
                form.add("expires_on", expiry_message(ExpiryError::Past, fr));
                Some(day)
            }
            Ok(day) if day > today() + Duration::days(EXPIRY_MAX_DAYS) => {
                form.add("expires_on", expiry_message(ExpiryError::TooFar, fr));
                Some(day)
            }
            Ok(day) => Some(day),
        },
    };
    if !form.is_empty() {
        form.keep("publisher", &values.publisher);
        form.keep("kind", &values.kind);
        form.keep("title", &values.title);
        form.keep_text("body", &values.body, BODY_MAX_CHARS);
        form.keep("visibility", &values.visibility);
        form.keep("expires_on", &values.expires_on);
        form.keep("pinned", if values.pinned { "on" } else { "" });
        return Err(AppError::Invalid(form));
    }
    match (kind, title, body, visibility) {
        (Some(kind), Some(title), Some(body), Some(visibility)) => {
            Ok(ValidPost { kind, title, body, visibility, expires_on })
        }
        _ => Err(AppError::Internal),
    }
}

#[derive(Clone, Copy)]
enum ExpiryError {
    Format,
    NotForKind,
    Past,
    TooFar,
}

fn expiry_message(error: ExpiryError, fr: bool) -> &'static str {
    match (error, fr) {
        (ExpiryError::Format, true) => "Indiquez une date, par exemple 31/01/2027.",
        (ExpiryError::Format, false) => "Enter a date, for example 31/01/2027.",
        (ExpiryError::NotForKind, true) => {
            "Seules les annonces « Je propose » et « Je recherche » ont une date de fin : videz ce champ ou changez le type."
        }
        (ExpiryError::NotForKind, false) => {
            "Only “Offering” and “Looking for” announcements have an end date: clear this field or change the type."
        }
        (ExpiryError::Past, true) => {
            "La date de fin est passée : choisissez aujourd'hui ou plus tard."
        }
        (ExpiryError::Past, false) => "The end date has passed: choose today or later.",
        (ExpiryError::TooFar, true) => "Une annonce court un an au plus.",
        (ExpiryError::TooFar, false) => "An announcement runs for one year at most.",
    }
}

/// How many posts one person may publish in a burst.
const PUBLISH_LIMIT: rate_limit::Limit =
    rate_limit::Limit { max: 20, window: chrono::Duration::hours(1) };

pub async fn publish(values: PostFormValues) -> Result<i32, AppError> {
    let state = auth::state()?;
    let db = &state.db;
    let me = auth::current_user().await?;
    let locale = request_locale();
    // Who publishes: the town hall, or a company the caller runs.
    let (me, company_id) = if values.publisher == OFFICIAL {
        let me = auth::require(Capability::AdministerCompanies).await?;
        (me, None)
    } else {
        let company = find_by_slug(db, &values.publisher).await?;
        let (me, _) = authorize(db, me.as_ref(), &company, CompanyAction::Publish).await?;
        (me, Some(company.id))
    };
    let valid = validate(&values, locale)?;
    rate_limit::hit(db, &[(format!("publish:user:{}", me.user.id), PUBLISH_LIMIT)]).await?;
    let official = company_id.is_none();
    let pinned = official && values.pinned;
    let author = me.user.id;
    db::write(db, move |txn| {
        Box::pin(async move {
            let post = posts::ActiveModel {
                company_id: Set(company_id),
                official: Set(official),
                pinned: Set(pinned),
                author_id: Set(Some(author)),
                kind: Set(valid.kind.as_str().into()),
                title: Set(valid.title),
                body: Set(valid.body),
                visibility: Set(valid.visibility.as_str().into()),
                expires_on: Set(valid.expires_on),
                created_at: Set(Utc::now()),
                edited_at: Set(None),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            Ok::<_, AppError>(post.id)
        })
    })
    .await
}

/// The post `id`, when the caller may edit it.
async fn editable(db: &DatabaseConnection, id: i32) -> Result<posts::Model, AppError> {
    let reader = reader(db).await?;
    let post = readable_post(db, &reader, id).await?;
    reader.may_edit(&post).map_err(AppError::Denied)?;
    Ok(post)
}

pub async fn update(id: i32, values: PostFormValues) -> Result<(), AppError> {
    let state = auth::state()?;
    let post = editable(&state.db, id).await?;
    let valid = validate(&values, request_locale())?;
    let pinned = post.official && values.pinned;
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            // Read again under the write lock: a post deleted meanwhile is not brought back.
            let post =
                posts::Entity::find_by_id(post.id).one(txn).await?.ok_or(AppError::NotFound)?;
            let mut active: posts::ActiveModel = post.into();
            active.kind = Set(valid.kind.as_str().into());
            active.title = Set(valid.title);
            active.body = Set(valid.body);
            active.visibility = Set(valid.visibility.as_str().into());
            active.expires_on = Set(valid.expires_on);
            active.pinned = Set(pinned);
            active.edited_at = Set(Some(Utc::now()));
            active.update(txn).await?;
            Ok::<_, AppError>(())
        })
    })
    .await
}

pub async fn delete(id: i32) -> Result<(), AppError> {
    let state = auth::state()?;
    let post = editable(&state.db, id).await?;
    db::write(&state.db, move |txn| {
        Box::pin(async move {
            posts::Entity::delete_by_id(post.id).exec(txn).await?;
            Ok::<_, AppError>(())
        })
    })
    .await
}

/// The caller presses a reaction on a post they may read: the same one again takes it back,
/// another one replaces theirs. Answers the post's reactions as they now stand.
pub async fn react(id: i32, kind: ReactionKind) -> Result<Reactions, AppError> {
    let state = auth::state()?;
    let db = &state.db;
    let reader = reader(db).await?;
    permissions::check(Some(&reader.me.viewer()), Capability::PublishAnnouncements)
        .map_err(AppError::Denied)?;
    let post = readable_post(db, &reader, id).await?;
    let user = reader.me.user.id;
    rate_limit::hit(db, &[(format!("react:user:{user}"), REACT_LIMIT)]).await?;
    db::write(db, move |txn| {
        Box::pin(async move {
            let existing = post_reactions::Entity::find()
                .filter(post_reactions::Column::PostId.eq(post.id))
                .filter(post_reactions::Column::UserId.eq(user))
                .one(txn)
                .await?;
            match existing {
                Some(row) if row.kind == kind.as_str() => {
                    post_reactions::Entity::delete_by_id(row.id).exec(txn).await?;
                }
                Some(row) => {
                    let mut active: post_reactions::ActiveModel = row.into();
                    active.kind = Set(kind.as_str().into());
                    active.created_at = Set(Utc::now());
                    active.update(txn).await?;
                }
                None => {
                    // A second press racing the first one finds the row there and leaves it.
                    let row = post_reactions::ActiveModel {
                        post_id: Set(post.id),
                        user_id: Set(user),
                        kind: Set(kind.as_str().into()),
                        created_at: Set(Utc::now()),
                        ..Default::default()
                    };
                    post_reactions::Entity::insert(row)
                        .on_conflict(
                            OnConflict::columns([
                                post_reactions::Column::PostId,
                                post_reactions::Column::UserId,
                            ])
                            .do_nothing()
                            .to_owned(),
                        )
                        .exec_without_returning(txn)
                        .await?;
                }
            }
            Ok::<_, AppError>(())
        })
    })
    .await?;
    Ok(reactions_of(db, &[id], user).await?.remove(&id).unwrap_or_default())
}

/// How many reactions one person may press in a burst: plenty for reading, too few to flood.
const REACT_LIMIT: rate_limit::Limit =
    rate_limit::Limit { max: 300, window: chrono::Duration::hours(1) };
