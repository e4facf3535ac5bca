//! Announcements: who reads them (a connections-only post stays within the circle everywhere), who
//! edits them, and what bad input gets.

use rer::{domain::permissions::Denial, error::AppError, server::entities::posts};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::{
    companies::{PASSWORD, error_of, json},
    helpers::{TestApp, Visitor, spawn_app},
};

struct Town {
    app: TestApp,
    admin: Visitor,
    /// Owner of `a`, connected to `b`; Bob owns `b`; Carole owns `c`, a stranger to both.
    alice: Visitor,
    bob: Visitor,
    carole: Visitor,
    a: String,
    b: String,
    c: String,
}

async fn town() -> Town {
    let app = spawn_app().await;
    let admin = app.admin("agent@mairie-roncq.fr").await;
    let alice = app.member("alice@fournil.fr", PASSWORD).await;
    let bob = app.member("bob@garage.fr", PASSWORD).await;
    let carole = app.member("carole@imprimerie.fr", PASSWORD).await;
    let a = app.approved_company(&alice, &admin, "Le Fournil du Bourg", 1).await;
    let b = app.approved_company(&bob, &admin, "Garage de la Gare", 2).await;
    let c = app.approved_company(&carole, &admin, "Imprimerie du Centre", 3).await;
    let asked = alice.call("request_connection", &[("from", &a), ("to", &b)]).await;
    assert_eq!(asked.status().as_u16(), 200);
    let accepted =
        bob.call("answer_connection", &[("mine", &b), ("other", &a), ("accept", "1")]).await;
    assert_eq!(accepted.status().as_u16(), 200);
    Town { app, admin, alice, bob, carole, a, b, c }
}

async fn publish(who: &Visitor, fields: &[(&str, &str)]) -> reqwest::Response {
    who.call("publish_post", fields).await
}

/// Publishes and answers the new post's id.
async fn published(
    who: &Visitor,
    publisher: &str,
    kind: &str,
    title: &str,
    visibility: &str,
) -> String {
    let response = publish(
        who,
        &[
            ("publisher", publisher),
            ("kind", kind),
            ("title", title),
            ("body", "Merci de nous **contacter**."),
            ("visibility", visibility),
        ],
    )
    .await;
    assert_eq!(response.status().as_u16(), 200);
    json(response).await.as_i64().expect("post id").to_string()
}

async fn feed_titles(who: &Visitor, kind: &str) -> Vec<String> {
    let feed = json(who.call("feed", &[("type", kind)]).await).await;
    feed["posts"]
        .as_array()
        .expect("posts")
        .iter()
        .map(|p| p["title"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[tokio::test]
async fn a_connections_only_post_stays_within_the_circle_everywhere() {
    let Town { app, admin, alice, bob, carole, a, c, .. } = town().await;
    let open = published(&alice, &a, "request", "Recherche un comptable", "members").await;
    let close = published(&alice, &a, "offer", "Remise pour nos relations", "connections").await;

    // Bob's company is connected to Alice's: he sees both, as does Alice.
    for who in [&alice, &bob, &admin] {
        let titles = feed_titles(who, "").await;
        assert!(titles.contains(&"Remise pour nos relations".to_string()), "{titles:?}");
        assert!(titles.contains(&"Recherche un comptable".to_string()));
    }
    // Carole's company is a stranger: the restricted post is nowhere for her.
    let titles = feed_titles(&carole, "").await;
    assert_eq!(titles, ["Recherche un comptable"]);
    let (status, _) = error_of(carole.call("post", &[("id", &close)]).await).await;
    assert_eq!(status, 404);
    let (status, _) = error_of(carole.call("post_form", &[("id", &close)]).await).await;
    assert_eq!(status, 404);
    let (status, _) = error_of(carole.call("delete_post", &[("id", &close)]).await).await;
    assert_eq!(status, 404);
    let (status, _) = error_of(
        carole
            .call("update_post", &[("id", &close), ("kind", "news"), ("title", "x"), ("body", "x")])
            .await,
    )
    .await;
    assert_eq!(status, 404);
    let on_page = json(carole.call("company_posts", &[("slug", &a)]).await).await;
    assert_eq!(on_page.as_array().map(Vec::len), Some(1));
    let (status, page) = app.page_as(&carole, &format!("/annonces/{close}")).await;
    assert_eq!(status, 404);
    assert!(!page.contains("Remise pour nos relations"));
    let (_, page) = app.page_as(&carole, "/fil").await;
    assert!(!page.contains("Remise pour nos relations"));
    assert!(page.contains("Recherche un comptable"));
    let (_, page) = app.page_as(&carole, &format!("/entreprises/{a}")).await;
    assert!(!page.contains("Remise pour nos relations"));

    // Visitors read nothing.
    let (status, _) = error_of(app.visitor().call("post", &[("id", &open)]).await).await;
    assert_eq!(status, 401);
    let (status, _) = error_of(app.visitor().call("feed", &[]).await).await;
    assert_eq!(status, 401);
    let _ = c;
}

#[tokio::test]
async fn only_the_publishing_company_edits_and_deletes() {
    let Town { app, alice, bob, a, b, .. } = town().await;
    let id = published(&alice, &a, "news", "Nos horaires d'hiver", "members").await;

    // Bob may read it, not change it, nor publish in Alice's name.
    let fields = [("id", id.as_str()), ("kind", "news"), ("title", "Piraté"), ("body", "x")];
    let (status, error) = error_of(bob.call("update_post", &fields).await).await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::NotCompanyMember)));
    let (status, _) = error_of(bob.call("delete_post", &[("id", &id)]).await).await;
    assert_eq!(status, 403);
    let (status, error) = error_of(
        publish(&bob, &[("publisher", &a), ("kind", "news"), ("title", "x"), ("body", "x")]).await,
    )
    .await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::NotCompanyMember)));
    // Nor make an official post.
    let (status, error) = error_of(
        publish(&bob, &[("publisher", "mairie"), ("kind", "news"), ("title", "x"), ("body", "x")])
            .await,
    )
    .await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::AdminOnly)));
    let post = json(bob.call("post", &[("id", &id)]).await).await;
    assert_eq!(post["editable"], false);

    // Alice edits: "edited" shows.
    let fields = [
        ("id", id.as_str()),
        ("kind", "news"),
        ("title", "Nos horaires d'hiver (mis à jour)"),
        ("body", "Ouvert de 9 h à 16 h."),
        ("visibility", "members"),
    ];
    assert_eq!(alice.call("update_post", &fields).await.status().as_u16(), 200);
    let post = json(alice.call("post", &[("id", &id)]).await).await;
    assert_eq!(post["title"], "Nos horaires d'hiver (mis à jour)");
    assert_eq!(post["edited"], true);
    assert_eq!(post["editable"], true);
    assert_eq!(post["publisher"]["slug"], a.as_str());

    assert_eq!(alice.call("delete_post", &[("id", &id)]).await.status().as_u16(), 200);
    assert_eq!(posts::Entity::find().count(&app.db).await.unwrap(), 0);
    let (status, _) = error_of(alice.call("post", &[("id", &id)]).await).await;
    assert_eq!(status, 404);
    let _ = b;
}

#[tokio::test]
async fn the_town_hall_publishes_official_posts_pinned_first() {
    // `app` stays bound: it owns the database.
    let Town { app: _app, admin, alice, carole, a, .. } = town().await;
    published(&alice, &a, "news", "Une actualité récente", "members").await;
    let response = publish(
        &admin,
        &[
            ("publisher", "mairie"),
            ("kind", "news"),
            ("title", "Vœux du maire aux entreprises"),
            ("body", "Vendredi 15 janvier, salle des fêtes."),
            ("visibility", "connections"),
            ("pinned", "on"),
        ],
    )
    .await;
    assert_eq!(response.status().as_u16(), 200);
    published(&alice, &a, "offer", "Une offre plus récente encore", "members").await;

    // Pinned official first, for everyone, whatever its visibility; then newest first.
    let feed = json(carole.call("feed", &[]).await).await;
    assert_eq!(feed["posts"][0]["title"], "Vœux du maire aux entreprises");
    assert_eq!(feed["posts"][0]["official"], true);
    assert_eq!(feed["posts"][0]["pinned"], true);
    assert_eq!(feed["posts"][1]["title"], "Une offre plus récente encore");
    // Filter by kind.
    assert_eq!(feed_titles(&carole, "propose").await, ["Une offre plus récente encore"]);
    // Alice may not pin: the flag is the town hall's.
    let id = json(
        publish(
            &alice,
            &[
                ("publisher", &a),
                ("kind", "news"),
                ("title", "Épinglez-moi"),
                ("body", "x"),
                ("pinned", "on"),
            ],
        )
        .await,
    )
    .await;
    let post = json(alice.call("post", &[("id", &id.to_string())]).await).await;
    assert_eq!(post["pinned"], false);
}

#[tokio::test]
async fn expired_offers_leave_the_feed_but_stay_on_the_company_page() {
    let Town { app, alice, bob, a, .. } = town().await;
    let id = published(&alice, &a, "request", "Recherche un local", "members").await;
    // Its end date passes.
    let yesterday = (chrono::Utc::now() - chrono::Duration::days(2)).date_naive();
    let row =
        posts::Entity::find_by_id(id.parse::<i32>().unwrap()).one(&app.db).await.unwrap().unwrap();
    let mut active: posts::ActiveModel = row.into();
    active.expires_on = sea_orm::ActiveValue::Set(Some(yesterday));
    sea_orm::ActiveModelTrait::update(active, &app.db).await.unwrap();

    assert!(feed_titles(&bob, "").await.is_empty());
    let on_page = json(bob.call("company_posts", &[("slug", &a)]).await).await;
    assert_eq!(on_page[0]["title"], "Recherche un local");
    assert_eq!(on_page[0]["expired"], true);
}

#[tokio::test]
async fn bad_posts_are_refused_whole_with_what_was_typed() {
    let Town { app, alice, a, .. } = town().await;
    let long_title = "T".repeat(161);
    let body = "Un texte à garder.".repeat(10);
    let (status, error) = error_of(
        publish(
            &alice,
            &[
                ("publisher", &a),
                ("kind", "request"),
                ("title", &long_title),
                ("body", &body),
                ("visibility", "members"),
                ("expires_on", "2001-01-01"),
            ],
        )
        .await,
    )
    .await;
    assert_eq!(status, 422);
    let AppError::Invalid(form) = error else { panic!("{error:?}") };
    assert!(form.field("title").is_some());
    assert!(form.field("expires_on").is_some(), "in the past");
    assert_eq!(form.value("body").as_deref(), Some(body.as_str()), "the text is kept");

    let cases: [&[(&str, &str)]; 5] = [
        &[("publisher", &a), ("kind", "news"), ("title", "  "), ("body", "x")],
        &[("publisher", &a), ("kind", "news"), ("title", "x"), ("body", "")],
        &[("publisher", &a), ("kind", "event"), ("title", "x"), ("body", "x")],
        &[
            ("publisher", &a),
            ("kind", "news"),
            ("title", "x"),
            ("body", "x"),
            ("expires_on", "2099-01-01"),
        ],
        &[
            ("publisher", &a),
            ("kind", "offer"),
            ("title", "x"),
            ("body", "x"),
            ("expires_on", "demain"),
        ],
    ];
    for fields in cases {
        let (status, error) = error_of(publish(&alice, fields).await).await;
        assert_eq!(status, 422, "{fields:?}: {error:?}");
    }
    let (status, _) = error_of(
        publish(&alice, &[("publisher", "nope"), ("kind", "news"), ("title", "x"), ("body", "x")])
            .await,
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(posts::Entity::find().count(&app.db).await.unwrap(), 0, "nothing half-saved");

    // Unknown and malformed ids are simply not found.
    for id in ["999999", "abc", "-1", ""] {
        let (status, _) = error_of(alice.call("post", &[("id", id)]).await).await;
        assert_eq!(status, 404, "{id}");
    }
    let (status, _) = app.page_as(&alice, "/annonces/999999").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn scripts_in_posts_stay_harmless_text() {
    let Town { app, alice, bob, a, .. } = town().await;
    let hostile = "</script><script>alert(1)</script>";
    let response = publish(
        &alice,
        &[
            ("publisher", &a),
            ("kind", "news"),
            ("title", &format!("<script>alert(1)</script>{hostile}")),
            (
                "body",
                "<script>alert(1)</script>\n\n[clic](javascript:alert(1)) <img src=x onerror=alert(1)>",
            ),
        ],
    )
    .await;
    assert_eq!(response.status().as_u16(), 200);
    let id = json(response).await.to_string();
    for path in [format!("/annonces/{id}"), "/fil".to_string(), format!("/entreprises/{a}")] {
        let (status, page) = app.page_as(&bob, &path).await;
        assert_eq!(status, 200, "{path}");
        assert!(!page.contains("<script>alert(1)"), "{path}");
        assert!(!page.contains("<img src=x"), "{path}");
        assert!(!page.contains("href=\"javascript:"), "{path}");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{path}");
    }
}

async fn react(who: &Visitor, id: &str, kind: &str) -> reqwest::Response {
    who.call("react_to_post", &[("id", id), ("kind", kind)]).await
}

#[tokio::test]
async fn one_reaction_per_person_toggled_and_only_where_the_post_is_readable() {
    let Town { app, alice, bob, carole, a, .. } = town().await;
    let id = published(&alice, &a, "offer", "Remise pour nos relations", "connections").await;

    let now = json(react(&bob, &id, "like").await).await;
    assert_eq!((now["likes"].as_u64(), now["interested"].as_u64()), (Some(1), Some(0)));
    assert_eq!(now["mine"], "like");
    // Another reaction replaces the first: one per person.
    let now = json(react(&bob, &id, "interested").await).await;
    assert_eq!((now["likes"].as_u64(), now["interested"].as_u64()), (Some(0), Some(1)));
    assert_eq!(now["mine"], "interested");
    // The same one again takes it back.
    let now = json(react(&bob, &id, "interested").await).await;
    assert_eq!((now["interested"].as_u64(), now["mine"].is_null()), (Some(0), true));
    json(react(&bob, &id, "like").await).await;
    json(react(&alice, &id, "like").await).await;

    // Counts show on the cards, each reader with their own.
    let card = json(alice.call("post", &[("id", &id)]).await).await;
    assert_eq!(card["reactions"]["likes"], 2);
    assert_eq!(card["reactions"]["mine"], "like");
    let feed = json(bob.call("feed", &[]).await).await;
    assert_eq!(feed["posts"][0]["reactions"]["likes"], 2);

    // A stranger to the circle cannot reach it, a visitor must sign in, nonsense is not found.
    let (status, _) = error_of(react(&carole, &id, "like").await).await;
    assert_eq!(status, 404);
    let (status, _) = error_of(react(&app.visitor(), &id, "like").await).await;
    assert_eq!(status, 401);
    for (post, kind) in [(id.as_str(), "love"), ("999999", "like"), ("x", "like")] {
        let (status, _) = error_of(react(&bob, post, kind).await).await;
        assert_eq!(status, 404, "{post} {kind}");
    }
    let card = json(bob.call("post", &[("id", &id)]).await).await;
    assert_eq!(card["reactions"]["likes"], 2);

    // Without JavaScript the form brings the reader back to the post, on a page of the site only.
    let response = bob
        .plain_form(
            "react_to_post",
            &[("id", &id), ("kind", "interested"), ("back", "/fil?page=1")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 302);
    assert_eq!(response.headers()["location"], format!("/fil?page=1#post-{id}").as_str());
    let response = bob
        .plain_form(
            "react_to_post",
            &[("id", &id), ("kind", "interested"), ("back", "https://evil.example/")],
        )
        .await;
    assert_eq!(response.headers()["location"], format!("/fil#post-{id}").as_str());
}

async fn comment(who: &Visitor, post: &str, body: &str) -> reqwest::Response {
    who.call("add_comment", &[("post", post), ("body", body)]).await
}

async fn thread(who: &Visitor, post: &str) -> serde_json::Value {
    json(who.call("comments", &[("post", post)]).await).await
}

#[tokio::test]
async fn comments_belong_to_their_author_and_moderators_hide_them() {
    let Town { app, admin, alice, bob, carole, a, .. } = town().await;
    let id = published(&alice, &a, "request", "Recherche un comptable", "members").await;

    let written =
        json(comment(&bob, &id, "Notre voisin : https://compta-roncq.example/contact.").await)
            .await;
    let mine = written.to_string();
    let seen = thread(&carole, &id).await;
    let first = &seen["comments"][0];
    assert_eq!(first["author"], "Hélène Vandenbussche");
    assert_eq!(first["company"][1], "Garage de la Gare");
    assert_eq!(first["mine"], false);
    assert!(first["source"].is_null(), "only the author gets the text to edit");
    assert_eq!(first["body"][1]["Link"], "https://compta-roncq.example/contact");
    assert!(seen["may_comment"].get("Ok").is_some(), "{}", seen["may_comment"]);

    // Only Bob changes or deletes it.
    for who in [&alice, &carole, &admin] {
        let (status, error) =
            error_of(who.call("update_comment", &[("id", &mine), ("body", "Piraté")]).await).await;
        assert_eq!((status, error), (403, AppError::Denied(Denial::NotAuthor)));
        let (status, _) = error_of(who.call("delete_comment", &[("id", &mine)]).await).await;
        assert_eq!(status, 403);
    }
    json(
        bob.call("update_comment", &[("id", &mine), ("body", "Voyez le cabinet de la Gare.")])
            .await,
    )
    .await;
    let seen = thread(&bob, &id).await;
    assert_eq!(seen["comments"][0]["edited"], true);
    assert_eq!(seen["comments"][0]["source"], "Voyez le cabinet de la Gare.");

    // Empty or too long: refused, with the text kept; nothing saved.
    let long = "x".repeat(2001);
    for body in ["   ", long.as_str()] {
        let (status, error) = error_of(comment(&carole, &id, body).await).await;
        assert_eq!(status, 422);
        let AppError::Invalid(form) = error else { panic!("{error:?}") };
        assert!(form.field("body").is_some());
    }
    assert_eq!(thread(&alice, &id).await["comments"].as_array().map(Vec::len), Some(1));

    // Members may not hide; a moderator needs a reason; the author is told.
    let (status, _) =
        error_of(alice.call("hide_comment", &[("id", &mine), ("reason", "Hors sujet")]).await)
            .await;
    assert_eq!(status, 403);
    let (status, _) =
        error_of(admin.call("hide_comment", &[("id", &mine), ("reason", " ")]).await).await;
    assert_eq!(status, 422);
    json(admin.call("hide_comment", &[("id", &mine), ("reason", "Publicité hors sujet")]).await)
        .await;
    assert_eq!(app.emails_to("bob@garage.fr", "comment_hidden").await, 1);

    // Gone for everyone else, in the thread and the counts; its author reads why.
    assert_eq!(thread(&carole, &id).await["comments"].as_array().map(Vec::len), Some(0));
    let card = json(carole.call("post", &[("id", &id)]).await).await;
    assert_eq!(card["comments"], 0);
    let (status, _) =
        error_of(carole.call("update_comment", &[("id", &mine), ("body", "x")]).await).await;
    assert_eq!(status, 404);
    let seen = thread(&bob, &id).await;
    assert_eq!(seen["comments"][0]["hidden"], "Publicité hors sujet");
    assert_eq!(json(bob.call("post", &[("id", &id)]).await).await["comments"], 1);
    let (_, page) = app.page_as(&carole, &format!("/annonces/{id}")).await;
    assert!(!page.contains("cabinet de la Gare"));
    let moderated = thread(&admin, &id).await;
    assert_eq!(moderated["moderator"], true);
    assert_eq!(moderated["comments"][0]["hidden"], "Publicité hors sujet");

    // Restored, it is back for all; deleted, it is gone.
    json(admin.call("restore_comment", &[("id", &mine)]).await).await;
    assert_eq!(thread(&carole, &id).await["comments"].as_array().map(Vec::len), Some(1));
    json(bob.call("delete_comment", &[("id", &mine)]).await).await;
    assert_eq!(thread(&bob, &id).await["comments"].as_array().map(Vec::len), Some(0));
}

#[tokio::test]
async fn comments_follow_the_post_they_are_under() {
    let Town { app, alice, bob, carole, a, .. } = town().await;
    let close = published(&alice, &a, "offer", "Remise pour nos relations", "connections").await;
    json(comment(&bob, &close, "Intéressé !").await).await;
    // A stranger to the circle neither reads nor writes there.
    let (status, _) = error_of(carole.call("comments", &[("post", &close)]).await).await;
    assert_eq!(status, 404);
    let (status, _) = error_of(comment(&carole, &close, "Et moi ?").await).await;
    assert_eq!(status, 404);
    let (status, _) = error_of(comment(&app.visitor(), &close, "Et moi ?").await).await;
    assert_eq!(status, 401);
    for post in ["999999", "abc"] {
        let (status, _) = error_of(comment(&bob, post, "x").await).await;
        assert_eq!(status, 404);
    }
    // Deleting the post takes its comments with it.
    json(alice.call("delete_post", &[("id", &close)]).await).await;
    use rer::server::entities::post_comments;
    assert_eq!(post_comments::Entity::find().count(&app.db).await.unwrap(), 0);

    // Without JavaScript, the reader lands on the new comment.
    let open = published(&alice, &a, "news", "Nos horaires", "members").await;
    let response = carole.plain_form("add_comment", &[("post", &open), ("body", "Merci !")]).await;
    assert_eq!(response.status().as_u16(), 302);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    assert!(location.starts_with(&format!("/annonces/{open}#comment-")), "{location}");
}

#[tokio::test]
async fn scripts_in_comments_stay_harmless_text() {
    let Town { app, alice, bob, a, .. } = town().await;
    let id = published(&alice, &a, "news", "Nos horaires", "members").await;
    let hostile = "<script>alert(1)</script></script><script>alert(2)</script> \
                   javascript:alert(3) <a href=\"javascript:alert(4)\" onclick=\"alert(5)\">x</a> \
                   https://ok.example/\"onmouseover=\"alert(6)";
    json(comment(&bob, &id, hostile).await).await;
    let (status, page) = app.page_as(&alice, &format!("/annonces/{id}")).await;
    assert_eq!(status, 200);
    // Every tag of the comment is escaped text; only the web address became a link, whole.
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("<a href=\"javascript:"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        page.contains("&lt;a href=\"javascript:alert(4)\" onclick=\"alert(5)\"&gt;x&lt;/a&gt;")
    );
    assert_eq!(page.matches("onclick=\"alert(5)\"").count(), 1);
    assert!(page.contains(
        "<a href=\"https://ok.example/\" rel=\"nofollow noopener ugc\">https://ok.example/</a>\"onmouseover"
    ));
}

async fn report(who: &Visitor, target: &str, id: &str, reason: &str) -> reqwest::Response {
    who.call("report", &[("target", target), ("id", id), ("reason", reason)]).await
}

async fn resolve(admin: &Visitor, report: &str, decision: &str, reason: &str) -> reqwest::Response {
    admin
        .call("admin/resolve_report", &[("id", report), ("decision", decision), ("reason", reason)])
        .await
}

#[tokio::test]
async fn reports_reach_the_town_hall_which_hides_the_content_for_everyone() {
    let Town { app, admin, alice, bob, carole, a, .. } = town().await;
    let id = published(&alice, &a, "offer", "Offre douteuse", "members").await;

    let (status, _) = error_of(report(&app.visitor(), "post", &id, "Arnaque").await).await;
    assert_eq!(status, 401);
    let (status, error) = error_of(report(&bob, "post", &id, "   ").await).await;
    assert_eq!(status, 422);
    let AppError::Invalid(form) = error else { panic!("{error:?}") };
    assert!(form.field("reason").is_some());
    for (target, post) in [("post", "999999"), ("page", id.as_str()), ("comment", "999999")] {
        let (status, _) = error_of(report(&bob, target, post, "x").await).await;
        assert_eq!(status, 404, "{target} {post}");
    }
    json(report(&bob, "post", &id, "Arnaque probable").await).await;
    json(report(&bob, "post", &id, "Toujours là").await).await;
    json(report(&carole, "post", &id, "Faux prix").await).await;

    // The queue is the town hall's; one open report per person and content.
    let (status, _) = error_of(bob.call("admin/moderation", &[]).await).await;
    assert_eq!(status, 403);
    let queue = json(admin.call("admin/moderation", &[]).await).await;
    assert_eq!(queue.as_array().map(Vec::len), Some(2));
    assert_eq!(queue[0]["reason"], "Arnaque probable");
    assert_eq!(queue[0]["post_title"], "Offre douteuse");
    let first = queue[0]["id"].to_string();

    // Hiding needs a reason; then the post is gone for every member, its publisher is told, and
    // every report of it is settled.
    let (status, _) = error_of(resolve(&admin, &first, "hide", " ").await).await;
    assert_eq!(status, 422);
    json(resolve(&admin, &first, "hide", "Offre trompeuse").await).await;
    assert_eq!(app.emails_to("alice@fournil.fr", "post_hidden").await, 1);
    assert_eq!(
        json(admin.call("admin/moderation", &[]).await).await.as_array().map(Vec::len),
        Some(0)
    );
    for who in [&alice, &bob, &carole] {
        let (status, _) = error_of(who.call("post", &[("id", &id)]).await).await;
        assert_eq!(status, 404);
        assert!(!feed_titles(who, "").await.contains(&"Offre douteuse".to_string()));
        let on_page = json(who.call("company_posts", &[("slug", &a)]).await).await;
        assert_eq!(on_page.as_array().map(Vec::len), Some(0));
    }
    let (status, page) = app.page_as(&bob, &format!("/annonces/{id}")).await;
    assert_eq!(status, 404);
    assert!(!page.contains("Offre douteuse"));
    let seen = json(admin.call("post", &[("id", &id)]).await).await;
    assert_eq!(seen["hidden"], "Offre trompeuse");
    let (status, _) = error_of(resolve(&admin, &first, "dismiss", "").await).await;
    assert_eq!(status, 403, "already settled");

    // Restored, it is back.
    let (status, _) = error_of(bob.call("admin/restore_post", &[("id", &id)]).await).await;
    assert_eq!(status, 403);
    json(admin.call("admin/restore_post", &[("id", &id)]).await).await;
    json(bob.call("post", &[("id", &id)]).await).await;

    // A reported comment; its author suspended with it.
    let spam = json(comment(&carole, &id, "Achetez plutôt chez nous !").await).await.to_string();
    json(report(&bob, "comment", &spam, "Publicité").await).await;
    let queue = json(admin.call("admin/moderation", &[]).await).await;
    assert_eq!(queue[0]["comment_id"].to_string(), spam);
    assert_eq!(queue[0]["author"], "Hélène Vandenbussche");
    json(resolve(&admin, &queue[0]["id"].to_string(), "suspend", "Publicité répétée").await).await;
    assert_eq!(thread(&bob, &id).await["comments"].as_array().map(Vec::len), Some(0));
    assert_eq!(app.emails_to("carole@imprimerie.fr", "comment_hidden").await, 1);
    // Suspended, the author is signed out everywhere.
    assert_eq!(app.user("carole@imprimerie.fr").await.unwrap().status, "suspended");
    let (status, _) = error_of(carole.call("feed", &[]).await).await;
    assert_eq!(status, 401);

    // A report dismissed leaves the content as it was.
    json(report(&bob, "post", &id, "Je ne suis pas d'accord").await).await;
    let queue = json(admin.call("admin/moderation", &[]).await).await;
    json(resolve(&admin, &queue[0]["id"].to_string(), "dismiss", "").await).await;
    json(bob.call("post", &[("id", &id)]).await).await;
    assert_eq!(
        json(admin.call("admin/moderation", &[]).await).await.as_array().map(Vec::len),
        Some(0)
    );
}
