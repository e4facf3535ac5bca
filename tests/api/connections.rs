//! Connections between companies: the state machine, who may act for a company, and what the
//! directory and company pages show of them.

use chrono::{Duration, Utc};
use rer::{
    domain::permissions::Denial,
    error::AppError,
    server::entities::{company_connections, company_members},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter,
};

use crate::{
    companies::{PASSWORD, error_of, json, names, register},
    helpers::{TestApp, Visitor, spawn_app},
};

struct Network {
    app: TestApp,
    admin: Visitor,
    /// Owner of `a`, then of `b`.
    alice: Visitor,
    bob: Visitor,
    a: String,
    b: String,
}

async fn two_companies() -> Network {
    let app = spawn_app().await;
    let admin = app.admin("agent@mairie-roncq.fr").await;
    let alice = app.member("alice@fournil.fr", PASSWORD).await;
    let bob = app.member("bob@garage.fr", PASSWORD).await;
    let a = app.approved_company(&alice, &admin, "Le Fournil du Bourg", 1).await;
    let b = app.approved_company(&bob, &admin, "Garage de la Gare", 2).await;
    Network { app, admin, alice, bob, a, b }
}

async fn ok(response: reqwest::Response) {
    let status = response.status().as_u16();
    assert_eq!(status, 200, "{}", response.text().await.unwrap());
}

async fn ask(who: &Visitor, from: &str, to: &str, message: &str) -> reqwest::Response {
    who.call("request_connection", &[("from", from), ("to", to), ("message", message)]).await
}

async fn answer(who: &Visitor, mine: &str, other: &str, accept: bool) -> reqwest::Response {
    let accept = if accept { "1" } else { "0" };
    who.call("answer_connection", &[("mine", mine), ("other", other), ("accept", accept)]).await
}

async fn end(who: &Visitor, mine: &str, other: &str) -> reqwest::Response {
    who.call("end_connection", &[("mine", mine), ("other", other)]).await
}

async fn rows(app: &TestApp) -> Vec<company_connections::Model> {
    company_connections::Entity::find().all(&app.db).await.unwrap()
}

/// Where `company`, seen by `who`, stands with the companies `who` runs.
async fn link_on_page(who: &Visitor, company: &str) -> serde_json::Value {
    let page = json(who.call("company", &[("slug", company)]).await).await;
    page["actions"]["connect"][0]["link"].clone()
}

#[tokio::test]
async fn a_request_is_answered_and_the_connection_shows_on_both_sides() {
    let Network { app, alice, bob, a, b, .. } = two_companies().await;

    assert_eq!(link_on_page(&alice, &b).await, "None");
    ok(ask(&alice, &a, &b, "Bonjour, voisins de zone !").await).await;
    assert_eq!(link_on_page(&alice, &b).await, "Sent");
    assert_eq!(link_on_page(&bob, &a).await, "Received");
    // Asking twice changes nothing: still one request.
    ok(ask(&alice, &a, &b, "Encore nous").await).await;
    assert_eq!(rows(&app).await.len(), 1);

    let network = json(bob.call("network", &[]).await).await;
    let received = &network["companies"][0]["received"];
    assert_eq!(received[0]["slug"], a.as_str());
    assert_eq!(received[0]["message"], "Bonjour, voisins de zone !");

    ok(answer(&bob, &b, &a, true).await).await;
    assert_eq!(link_on_page(&alice, &b).await, "Connected");
    assert_eq!(link_on_page(&bob, &a).await, "Connected");
    let page = json(alice.call("company", &[("slug", &b)]).await).await;
    assert_eq!(page["connections"][0]["slug"], a.as_str());

    // The directory's "my connections" filter.
    let mine = json(alice.call("search_companies", &[("relations", "1")]).await).await;
    assert_eq!(names(&mine), ["Garage de la Gare"]);
    let stranger = app.member("carole@exemple.fr", PASSWORD).await;
    let none = json(stranger.call("search_companies", &[("relations", "1")]).await).await;
    assert_eq!(none["total"], 0);

    // Either side may end it.
    ok(end(&bob, &b, &a).await).await;
    assert!(rows(&app).await.is_empty());
    assert_eq!(link_on_page(&alice, &b).await, "None");
}

#[tokio::test]
async fn asking_back_accepts_and_a_request_can_be_withdrawn() {
    let Network { app, alice, bob, a, b, .. } = two_companies().await;
    ok(ask(&alice, &a, &b, "").await).await;
    ok(end(&alice, &a, &b).await).await;
    assert!(rows(&app).await.is_empty(), "withdrawn");

    ok(ask(&alice, &a, &b, "").await).await;
    ok(ask(&bob, &b, &a, "").await).await;
    let all = rows(&app).await;
    assert_eq!(all.len(), 1, "no duplicate request the other way round");
    assert_eq!(all[0].status, "accepted");

    // The one who was asked cannot withdraw someone else's request, only answer it.
    ok(end(&alice, &a, &b).await).await;
    ok(ask(&alice, &a, &b, "").await).await;
    let (status, error) = error_of(end(&bob, &b, &a).await).await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::NothingToDo)));
    let (status, _) = error_of(answer(&alice, &a, &b, true).await).await;
    assert_eq!(status, 403, "the requester does not answer its own request");
}

#[tokio::test]
async fn a_declined_request_waits_a_month_before_it_can_be_sent_again() {
    let Network { app, alice, bob, a, b, .. } = two_companies().await;
    ok(ask(&alice, &a, &b, "").await).await;
    ok(answer(&bob, &b, &a, false).await).await;
    assert!(link_on_page(&alice, &b).await["Declined"]["again_from"].is_string());
    assert_eq!(link_on_page(&bob, &a).await, "None", "the one who declined may still ask");
    let (status, error) = error_of(ask(&alice, &a, &b, "").await).await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::RecentlyDeclined)));

    let row = rows(&app).await.remove(0);
    let mut active = row.into_active_model();
    active.responded_at = Set(Some(Utc::now() - Duration::days(31)));
    active.update(&app.db).await.unwrap();
    ok(ask(&alice, &a, &b, "").await).await;
    assert_eq!(link_on_page(&bob, &a).await, "Received");
}

#[tokio::test]
async fn only_owners_and_editors_act_for_their_own_approved_company() {
    let Network { app, admin, alice, bob, a, b } = two_companies().await;

    // No self-connection.
    let (status, error) = error_of(ask(&alice, &a, &a, "").await).await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::NothingToDo)));

    // Bob does not run Alice's company: he cannot ask, answer or end in its name.
    let (status, error) = error_of(ask(&bob, &a, &b, "").await).await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::NotCompanyMember)));
    ok(ask(&alice, &a, &b, "").await).await;
    let (status, _) = error_of(answer(&alice, &b, &a, true).await).await;
    assert_eq!(status, 403);
    let (status, _) = error_of(end(&bob, &a, &b).await).await;
    assert_eq!(status, 403);

    // A plain member of the company may not either; an editor may.
    let carole = app.member("carole@garage.fr", PASSWORD).await;
    let garage = app.company(&b).await;
    let carole_id = app.user("carole@garage.fr").await.unwrap().id;
    company_members::ActiveModel {
        company_id: Set(garage.id),
        user_id: Set(carole_id),
        role: Set("member".into()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let (status, error) = error_of(answer(&carole, &b, &a, true).await).await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::EditorRoleRequired)));
    let page = json(carole.call("company", &[("slug", &a)]).await).await;
    assert_eq!(page["actions"]["connect"][0]["allowed"]["Err"], "editor_role_required");
    let mut membership = company_members::Entity::find()
        .filter(company_members::Column::UserId.eq(carole_id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into_active_model();
    membership.role = Set("editor".into());
    membership.update(&app.db).await.unwrap();
    ok(answer(&carole, &b, &a, true).await).await;

    // A company waiting for the town hall cannot connect, nor be asked.
    let dan = app.member("dan@exemple.fr", PASSWORD).await;
    let pending = register(&dan, "Menuiserie Vandamme", &crate::companies::siret(3)).await;
    let (status, error) = error_of(ask(&dan, &pending, &a, "").await).await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::CompanyNotApproved)));
    let (status, _) = error_of(ask(&alice, &a, &pending, "").await).await;
    assert_eq!(status, 404, "a pending page is not found by outsiders");

    // Someone without a company (here the town hall's agent) is told why on the page; visitors are
    // asked to sign in.
    let page = json(admin.call("company", &[("slug", &a)]).await).await;
    assert_eq!(page["actions"]["connect_locked"], "no_company_yet");
    let (status, _) = error_of(ask(&app.visitor(), &a, &b, "").await).await;
    assert_eq!(status, 401);
    let (status, _) = error_of(app.visitor().call("network", &[]).await).await;
    assert_eq!(status, 401);

    // The town hall is not a company: it connects nobody.
    let (status, _) = error_of(ask(&admin, &a, &b, "").await).await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn bad_requests_are_refused_whole() {
    let Network { app, alice, a, b, .. } = two_companies().await;
    let long = "é".repeat(501);
    let (status, error) = error_of(ask(&alice, &a, &b, &long).await).await;
    assert_eq!(status, 422);
    let AppError::Invalid(form) = error else { panic!("{error:?}") };
    assert!(form.field("message").is_some());
    assert_eq!(form.value("message").map(|m| m.chars().count()), Some(500));
    assert!(rows(&app).await.is_empty(), "nothing saved");

    let (status, _) = error_of(ask(&alice, &a, "nope-nope", "").await).await;
    assert_eq!(status, 404);
    let (status, _) = error_of(answer(&alice, &a, &b, true).await).await;
    assert_eq!(status, 403, "nothing to answer");
    let (status, _) = error_of(end(&alice, &a, &b).await).await;
    assert_eq!(status, 403, "nothing to end");
    let count = company_connections::Entity::find().count(&app.db).await.unwrap();
    assert_eq!(count, 0);
}

#[tokio::test]
async fn plain_forms_go_back_to_the_page_they_came_from_and_nowhere_else() {
    // `app` stays bound: it owns the database.
    let Network { app: _app, alice, a, b, .. } = two_companies().await;
    let back = format!("/entreprises/{b}?relation=demande");
    let response = alice
        .plain_form(
            "request_connection",
            &[("from", a.as_str()), ("to", b.as_str()), ("message", ""), ("back", back.as_str())],
        )
        .await;
    assert_eq!(response.status().as_u16(), 302);
    let location = response.headers()["location"].clone();
    assert_eq!(location, back.as_str(), "{}", response.text().await.unwrap());
    let response = alice
        .plain_form(
            "end_connection",
            &[("mine", a.as_str()), ("other", b.as_str()), ("back", "https://evil.example/")],
        )
        .await;
    assert_eq!(response.headers()["location"], "/reseau");
}
