use chrono::{Duration, Utc};
use rer::{
    error::AppError,
    server::entities::{account_tokens, sessions, users},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
};

use crate::helpers::{sign_up_form, spawn_app};

const PASSWORD: &str = "le beffroi de Roncq 1789";

async fn error_of(response: reqwest::Response) -> (u16, AppError) {
    let status = response.status().as_u16();
    let error: AppError =
        serde_json::from_str(&response.text().await.unwrap()).expect("typed error");
    (status, error)
}

#[tokio::test]
async fn sign_up_confirm_and_sign_in() {
    let app = spawn_app().await;
    let visitor = app.visitor();
    let response = visitor.call("sign_up", &sign_up_form("helene@boulangerie.fr", PASSWORD)).await;
    assert_eq!(response.status().as_u16(), 200);
    let user = app.user("helene@boulangerie.fr").await.expect("account created");
    assert!(user.email_confirmed_at.is_none());
    assert!(user.password_hash.unwrap().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));

    let token = app.token_from_outbox("helene@boulangerie.fr", "confirm_email").await;
    assert_eq!(visitor.call("confirm_email", &[("token", &token)]).await.status().as_u16(), 200);
    assert!(app.user("helene@boulangerie.fr").await.unwrap().email_confirmed_at.is_some());

    let (status, error) = error_of(visitor.call("confirm_email", &[("token", &token)]).await).await;
    assert_eq!((status, error), (410, AppError::InvalidLink), "a used link is refused");

    let response = visitor
        .call("sign_in", &[("email", " Helene@Boulangerie.fr "), ("password", PASSWORD)])
        .await;
    assert_eq!(response.status().as_u16(), 200);
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("rer_session="), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    let account: serde_json::Value = visitor.call("account", &[]).await.json().await.unwrap();
    assert_eq!(account["email"], "helene@boulangerie.fr");
}

#[tokio::test]
async fn an_expired_link_is_refused() {
    let app = spawn_app().await;
    let visitor = app.visitor();
    visitor.call("sign_up", &sign_up_form("late@exemple.fr", PASSWORD)).await;
    let token = app.token_from_outbox("late@exemple.fr", "confirm_email").await;
    let row = account_tokens::Entity::find().one(&app.db).await.unwrap().unwrap();
    let mut row: account_tokens::ActiveModel = row.into();
    row.expires_at = Set(Utc::now() - Duration::minutes(1));
    row.update(&app.db).await.unwrap();
    let (status, error) = error_of(visitor.call("confirm_email", &[("token", &token)]).await).await;
    assert_eq!((status, error), (410, AppError::InvalidLink));
    let (status, _) = error_of(visitor.call("confirm_email", &[("token", "made-up")]).await).await;
    assert_eq!(status, 410);
}

#[tokio::test]
async fn a_refused_sign_up_says_why_by_field_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    let visitor = app.visitor();
    let response = visitor
        .call(
            "sign_up",
            &[
                ("email", "pas-une-adresse"),
                ("first_name", "  "),
                ("last_name", "Lefebvre"),
                ("password", "court"),
            ],
        )
        .await;
    let (status, error) = error_of(response).await;
    assert_eq!(status, 422);
    let AppError::Invalid(form) = error else { panic!("{error:?}") };
    for field in ["email", "first_name", "password", "accept_terms"] {
        assert!(form.field(field).is_some(), "message for {field}");
    }
    assert!(form.field("last_name").is_none());
    assert_eq!(form.value("email").as_deref(), Some("pas-une-adresse"));
    assert_eq!(form.value("last_name").as_deref(), Some("Lefebvre"));
    assert_eq!(form.value("password"), None, "passwords are never sent back");
    assert!(form.field("password").unwrap().contains("10 caractères"));
    assert!(app.user("pas-une-adresse").await.is_none());
}

#[tokio::test]
async fn common_and_overlong_input_is_refused_cleanly() {
    let app = spawn_app().await;
    let visitor = app.visitor();
    let (status, error) =
        error_of(visitor.call("sign_up", &sign_up_form("a@exemple.fr", "azertyuiop")).await).await;
    assert_eq!(status, 422);
    let AppError::Invalid(form) = error else { panic!() };
    assert!(form.field("password").unwrap().contains("courants"));

    let long_name = "x".repeat(5_000);
    let long_email = format!("{}@exemple.fr", "y".repeat(300));
    let mut form = sign_up_form(&long_email, PASSWORD);
    form[1] = ("first_name", &long_name);
    let (status, _) = error_of(visitor.call("sign_up", &form).await).await;
    assert_eq!(status, 422);
}

#[tokio::test]
async fn signing_up_twice_answers_the_same_and_tells_the_owner() {
    let app = spawn_app().await;
    let first = app.visitor().call("sign_up", &sign_up_form("dup@exemple.fr", PASSWORD)).await;
    let second = app.visitor().call("sign_up", &sign_up_form("dup@exemple.fr", PASSWORD)).await;
    assert_eq!(first.status().as_u16(), 200);
    assert_eq!(second.status().as_u16(), 200);
    assert_eq!(first.text().await.unwrap(), second.text().await.unwrap());
    assert_eq!(app.emails_to("dup@exemple.fr", "account_exists").await, 1);
}

#[tokio::test]
async fn the_sixth_wrong_password_within_the_window_gets_429() {
    let app = spawn_app().await;
    app.member("guess@exemple.fr", PASSWORD).await;
    let attacker = app.visitor();
    for attempt in 1..=5 {
        let (status, error) = error_of(
            attacker
                .call("sign_in", &[("email", "guess@exemple.fr"), ("password", "wrong password")])
                .await,
        )
        .await;
        assert_eq!(status, 422, "attempt {attempt}");
        let AppError::Invalid(form) = error else { panic!() };
        assert_eq!(form.value("email").as_deref(), Some("guess@exemple.fr"));
    }
    let (status, error) = error_of(
        attacker.call("sign_in", &[("email", "guess@exemple.fr"), ("password", PASSWORD)]).await,
    )
    .await;
    assert_eq!((status, error), (429, AppError::RateLimited));
}

#[tokio::test]
async fn unknown_and_known_addresses_get_the_same_sign_in_answer() {
    let app = spawn_app().await;
    app.member("known@exemple.fr", PASSWORD).await;
    let visitor = app.visitor();
    let known = visitor
        .call("sign_in", &[("email", "known@exemple.fr"), ("password", "wrong one!!")])
        .await;
    let unknown = visitor
        .call("sign_in", &[("email", "nobody@exemple.fr"), ("password", "wrong one!!")])
        .await;
    let (known_status, known) = error_of(known).await;
    let (unknown_status, unknown) = error_of(unknown).await;
    assert_eq!(known_status, unknown_status);
    let (AppError::Invalid(a), AppError::Invalid(b)) = (known, unknown) else { panic!() };
    assert_eq!(a.form, b.form);
}

#[tokio::test]
async fn a_suspended_member_cannot_sign_in_and_their_sessions_are_gone() {
    let app = spawn_app().await;
    let member = app.member("suspended@exemple.fr", PASSWORD).await;
    let user = app.user("suspended@exemple.fr").await.unwrap();
    let mut active: users::ActiveModel = user.clone().into();
    active.status = Set("suspended".into());
    active.update(&app.db).await.unwrap();

    let (status, _) = error_of(member.call("account", &[]).await).await;
    assert_eq!(status, 401, "the old session no longer works");
    let left = sessions::Entity::find()
        .filter(sessions::Column::UserId.eq(user.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(left, 0);
    let (status, error) = error_of(
        app.visitor()
            .call("sign_in", &[("email", "suspended@exemple.fr"), ("password", PASSWORD)])
            .await,
    )
    .await;
    assert_eq!(status, 403);
    assert_eq!(error, AppError::Denied(rer::domain::permissions::Denial::Suspended));
}

#[tokio::test]
async fn a_member_calling_an_admin_function_gets_403() {
    let app = spawn_app().await;
    let member = app.member("member@exemple.fr", PASSWORD).await;
    let (status, _) = error_of(member.call("outbox", &[]).await).await;
    assert_eq!(status, 403);
    let (status, _) = error_of(app.visitor().call("outbox", &[]).await).await;
    assert_eq!(status, 401);

    let outcome = rer::server::services::admin_cli::create_admin(
        &app.db,
        &rer::server::config::Config::from_lookup(|_| None).unwrap(),
        "member@exemple.fr",
        "Mairie",
        "Roncq",
    )
    .await
    .unwrap();
    assert!(outcome.to_string().contains("now an administrator"));
    let response = member.call("outbox", &[]).await;
    assert_eq!(response.status().as_u16(), 200);
}

#[tokio::test]
async fn admin_create_makes_a_new_account_with_a_single_use_link() {
    let app = spawn_app().await;
    let config = rer::server::config::Config::from_lookup(|_| None).unwrap();
    let outcome = rer::server::services::admin_cli::create_admin(
        &app.db,
        &config,
        "mairie@roncq.fr",
        "Agnès",
        "Delobel",
    )
    .await
    .unwrap()
    .to_string();
    let token = outcome.split("jeton=").nth(1).expect("a link").trim().to_string();
    let visitor = app.visitor();
    let response = visitor
        .call("reset_password", &[("token", &token), ("password", "la mairie de Roncq 2027")])
        .await;
    assert_eq!(response.status().as_u16(), 200);
    let response = visitor
        .call("sign_in", &[("email", "mairie@roncq.fr"), ("password", "la mairie de Roncq 2027")])
        .await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(visitor.call("outbox", &[]).await.status().as_u16(), 200);
}

#[tokio::test]
async fn changing_the_password_signs_out_the_other_sessions() {
    let app = spawn_app().await;
    let laptop = app.member("two@exemple.fr", PASSWORD).await;
    let phone = app.visitor();
    phone.call("sign_in", &[("email", "two@exemple.fr"), ("password", PASSWORD)]).await;
    assert_eq!(phone.call("account", &[]).await.status().as_u16(), 200);

    let (status, error) = error_of(
        laptop
            .call(
                "change_password",
                &[
                    ("current_password", "not it at all"),
                    ("new_password", "un nouveau mot de passe"),
                ],
            )
            .await,
    )
    .await;
    assert_eq!(status, 422);
    let AppError::Invalid(form) = error else { panic!() };
    assert!(form.field("current_password").is_some());

    let response = laptop
        .call(
            "change_password",
            &[("current_password", PASSWORD), ("new_password", "un nouveau mot de passe")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(laptop.call("account", &[]).await.status().as_u16(), 200);
    assert_eq!(phone.call("account", &[]).await.status().as_u16(), 401);
    assert_eq!(app.emails_to("two@exemple.fr", "password_changed").await, 1);
    let again = app.visitor();
    let response = again
        .call("sign_in", &[("email", "two@exemple.fr"), ("password", "un nouveau mot de passe")])
        .await;
    assert_eq!(response.status().as_u16(), 200);
}

#[tokio::test]
async fn a_forgotten_password_is_reset_once_by_e_mail() {
    let app = spawn_app().await;
    app.member("forgot@exemple.fr", PASSWORD).await;
    let visitor = app.visitor();
    let known = visitor.call("request_password_reset", &[("email", "forgot@exemple.fr")]).await;
    let unknown = visitor.call("request_password_reset", &[("email", "ghost@exemple.fr")]).await;
    assert_eq!(known.status().as_u16(), 200);
    assert_eq!(unknown.status().as_u16(), 200);
    assert_eq!(app.emails_to("ghost@exemple.fr", "reset_password").await, 0);

    let token = app.token_from_outbox("forgot@exemple.fr", "reset_password").await;
    let response = visitor
        .call("reset_password", &[("token", &token), ("password", "une toute nouvelle phrase")])
        .await;
    assert_eq!(response.status().as_u16(), 200);
    let (status, _) = error_of(
        visitor
            .call("reset_password", &[("token", &token), ("password", "encore une autre phrase")])
            .await,
    )
    .await;
    assert_eq!(status, 410);
    let response = visitor
        .call(
            "sign_in",
            &[("email", "forgot@exemple.fr"), ("password", "une toute nouvelle phrase")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 200);
}

#[tokio::test]
async fn signing_out_really_ends_the_session() {
    let app = spawn_app().await;
    let member = app.member("out@exemple.fr", PASSWORD).await;
    let token = sessions::Entity::find().one(&app.db).await.unwrap().unwrap().token_hash;
    assert_eq!(member.call("sign_out", &[]).await.status().as_u16(), 200);
    assert_eq!(member.call("account", &[]).await.status().as_u16(), 401);
    let still_there = sessions::Entity::find()
        .filter(sessions::Column::TokenHash.eq(token))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(still_there, 0);
}

#[tokio::test]
async fn tampered_cookies_count_as_signed_out() {
    let app = spawn_app().await;
    let client =
        reqwest::Client::builder().timeout(std::time::Duration::from_secs(30)).build().unwrap();
    for cookie in [
        "rer_session=forged",
        "rer_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "rer_session=",
    ] {
        let response = client
            .post(app.url("/api/account"))
            .header("cookie", cookie)
            .header("origin", &app.address)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 401, "{cookie}");
        let page = client.get(app.url("/")).header("cookie", cookie).send().await.unwrap();
        assert_eq!(page.status().as_u16(), 200);
    }
}

#[tokio::test]
async fn a_member_cannot_close_someone_elses_session() {
    let app = spawn_app().await;
    let alice = app.member("alice@exemple.fr", PASSWORD).await;
    let bob = app.member("bob@exemple.fr", PASSWORD).await;
    let bob_id = app.user("bob@exemple.fr").await.unwrap().id;
    let bob_session = sessions::Entity::find()
        .filter(sessions::Column::UserId.eq(bob_id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let id = bob_session.id.to_string();
    let (status, _) = error_of(alice.call("revoke_session", &[("id", &id)]).await).await;
    assert_eq!(status, 404);
    assert_eq!(bob.call("account", &[]).await.status().as_u16(), 200);
    let listed: Vec<serde_json::Value> = alice.call("sessions", &[]).await.json().await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["current"], true);
}

#[tokio::test]
async fn members_can_download_their_data() {
    let app = spawn_app().await;
    let member = app.member("data@exemple.fr", PASSWORD).await;
    let response = member.get("/compte/donnees.json").await;
    assert_eq!(response.status().as_u16(), 200);
    assert!(response.headers()["content-disposition"].to_str().unwrap().contains("attachment"));
    let data: serde_json::Value = response.json().await.unwrap();
    assert_eq!(data["account"]["email"], "data@exemple.fr");
    assert!(data.to_string().find("argon2").is_none(), "no password hash in the export");
    assert_eq!(app.visitor().get("/compte/donnees.json").await.status().as_u16(), 303);
}

#[tokio::test]
async fn deleting_the_account_needs_the_password_and_erases_it() {
    let app = spawn_app().await;
    let member = app.member("leaving@exemple.fr", PASSWORD).await;
    let (status, _) =
        error_of(member.call("delete_account", &[("password", PASSWORD)]).await).await;
    assert_eq!(status, 422, "the confirmation box is required");
    let (status, _) = error_of(
        member.call("delete_account", &[("password", "not my password"), ("confirm", "on")]).await,
    )
    .await;
    assert_eq!(status, 422);
    let response =
        member.call("delete_account", &[("password", PASSWORD), ("confirm", "on")]).await;
    assert_eq!(response.status().as_u16(), 200);
    assert!(app.user("leaving@exemple.fr").await.is_none());
    assert_eq!(sessions::Entity::find().count(&app.db).await.unwrap(), 0);
}

#[tokio::test]
async fn changing_the_e_mail_address_needs_the_new_inbox() {
    let app = spawn_app().await;
    let member = app.member("old@exemple.fr", PASSWORD).await;
    let response = member
        .call("change_email", &[("new_email", "new@exemple.fr"), ("current_password", PASSWORD)])
        .await;
    assert_eq!(response.status().as_u16(), 200);
    assert!(app.user("old@exemple.fr").await.is_some(), "unchanged until confirmed");
    let token = app.token_from_outbox("new@exemple.fr", "change_email").await;
    assert_eq!(member.call("confirm_email", &[("token", &token)]).await.status().as_u16(), 200);
    assert!(app.user("new@exemple.fr").await.is_some());
    assert_eq!(app.emails_to("old@exemple.fr", "email_changed").await, 1);
}

#[tokio::test]
async fn plain_form_sign_in_redirects_and_sets_the_cookie() {
    let app = spawn_app().await;
    app.member("form@exemple.fr", PASSWORD).await;
    let response = app
        .visitor()
        .client
        .post(app.url("/api/sign_in"))
        .header("accept", "text/html")
        .header("origin", &app.address)
        .header("referer", app.url("/connexion"))
        .form(&[("email", "form@exemple.fr"), ("password", PASSWORD), ("next", "/compte/sessions")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 302);
    assert_eq!(response.headers()["location"], "/compte/sessions");
    assert!(response.headers()["set-cookie"].to_str().unwrap().starts_with("rer_session="));
}

#[tokio::test]
async fn account_pages_answer_401_to_visitors_with_a_way_in() {
    let app = spawn_app().await;
    let (status, html) = app.page("/compte", None).await;
    assert_eq!(status, 401);
    assert!(html.contains("/connexion?suite=/compte"));
    let (status, _) = app.page("/connexion", None).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn parallel_guesses_cannot_slip_past_the_limit() {
    let app = spawn_app().await;
    app.member("race@exemple.fr", PASSWORD).await;
    let attacker = app.visitor();
    let tasks: Vec<_> = (0..10)
        .map(|i| {
            let (client, url, origin) =
                (attacker.client.clone(), attacker.url("/api/sign_in"), app.address.clone());
            tokio::spawn(async move {
                let password = format!("guess number {i}");
                client
                    .post(url)
                    .header("origin", origin)
                    .form(&[("email", "race@exemple.fr"), ("password", password.as_str())])
                    .send()
                    .await
                    .expect("sign-in attempt")
                    .status()
                    .as_u16()
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    assert_eq!(statuses.iter().filter(|s| **s == 422).count(), 5, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 5, "{statuses:?}");
}

#[tokio::test]
async fn huge_form_values_are_refused_without_a_500() {
    let app = spawn_app().await;
    let huge = "x".repeat(200 * 1024);
    let response = app.visitor().call("sign_in", &[("email", &huge), ("password", &huge)]).await;
    let status = response.status().as_u16();
    assert!((400..500).contains(&status), "{status}");
    // Values far over any field's length, in a body the server still reads: refused by field.
    let long = "x".repeat(60 * 1024);
    let response = app
        .visitor()
        .call(
            "sign_up",
            &[("email", &long), ("first_name", &long), ("last_name", "x"), ("password", "x")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let (_, error) = error_of(response).await;
    let AppError::Invalid(form) = error else { panic!("{error:?}") };
    assert!(form.field("email").is_some() && form.field("first_name").is_some());
    // A 10 MB body is not read at all.
    let ten_mb = "x".repeat(10 * 1024 * 1024);
    let response = app.visitor().call("sign_up", &[("email", &ten_mb)]).await;
    assert_eq!(response.status().as_u16(), 413);
}
