use rer::server::entities::{tour_funnel, tour_progress};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::{TestApp, Visitor, spawn_app};

const PASSWORD: &str = "la grand-place de Roncq";
const DEMO_PASSWORD: &str = "demo reseau de Roncq";

async fn json(response: reqwest::Response) -> serde_json::Value {
    let status = response.status().as_u16();
    let body = response.text().await.unwrap();
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).unwrap()
}

async fn signed_in(app: &TestApp, email: &str, password: &str) -> Visitor {
    let visitor = app.visitor();
    let response = visitor.call("sign_in", &[("email", email), ("password", password)]).await;
    assert_eq!(response.status().as_u16(), 200, "{}", response.text().await.unwrap());
    visitor
}

async fn tour_of(visitor: &Visitor) -> serde_json::Value {
    json(visitor.call("tour", &[]).await).await
}

async fn save(visitor: &Visitor, situation: &str, step: &str, status: &str) -> u16 {
    visitor
        .call("tour_progress", &[("situation", situation), ("step", step), ("status", status)])
        .await
        .status()
        .as_u16()
}

#[tokio::test]
async fn each_situation_gets_its_tour_and_every_target_is_on_its_rendered_page() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let people = [
        (None, "visitor"),
        (Some(("nouveau@demo.roncq.example", DEMO_PASSWORD)), "newcomer"),
        (Some(("en-attente@demo.roncq.example", DEMO_PASSWORD)), "pending"),
        (Some(("responsable@demo.roncq.example", DEMO_PASSWORD)), "company"),
        (Some(("mairie@roncq.example", "demo mairie de Roncq")), "admin"),
    ];
    for (account, situation) in people {
        let visitor = match account {
            Some((email, password)) => signed_in(&app, email, password).await,
            None => app.visitor(),
        };
        let tour = tour_of(&visitor).await;
        assert_eq!(tour["situation"], situation);
        let steps = tour["steps"].as_array().unwrap();
        assert!(steps.len() >= 4, "{situation}: {} steps", steps.len());
        for step in steps {
            let Some(target) = step["target"].as_str() else { continue };
            let path = step["path"].as_str().unwrap();
            let (status, html) = app.page_as(&visitor, path).await;
            assert_eq!(status, 200, "{situation}: {path}");
            assert!(
                html.contains(&format!("data-tour=\"{target}\"")),
                "{situation}: step {} points at {target}, which {path} does not render",
                step["id"]
            );
        }
    }
}

#[tokio::test]
async fn what_a_step_cannot_do_yet_comes_from_the_policy() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let pending = signed_in(&app, "en-attente@demo.roncq.example", DEMO_PASSWORD).await;
    let tour = tour_of(&pending).await;
    let publish = tour["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "pending.publish")
        .expect("the publishing step");
    assert!(
        publish["cannot"].as_str().unwrap().contains("dès que la mairie aura validé"),
        "{publish}"
    );
    let owner = signed_in(&app, "responsable@demo.roncq.example", DEMO_PASSWORD).await;
    let tour = tour_of(&owner).await;
    assert!(tour["steps"].as_array().unwrap().iter().all(|s| s["cannot"].is_null()), "{tour}");
}

#[tokio::test]
async fn progress_takes_only_known_steps_of_the_members_own_tour() {
    let app = spawn_app().await;
    let member = app.member("nouvelle@exemple.fr", PASSWORD).await;
    let tour = tour_of(&member).await;
    assert_eq!(tour["situation"], "newcomer");
    assert_eq!(tour["auto_start"], true, "first sign-in");
    for (situation, step, status) in [
        ("newcomer", "newcomer.nope", "active"),
        ("newcomer", "admin.queue", "active"),
        ("admin", "admin.queue", "active"),
        ("newcomer", "newcomer.find", "done"),
        ("nobody", "newcomer.find", "active"),
        ("newcomer", "", "active"),
    ] {
        assert_eq!(
            save(&member, situation, step, status).await,
            422,
            "{situation} {step} {status}"
        );
    }
    assert_eq!(tour_progress::Entity::find().count(&app.db).await.unwrap(), 0, "nothing stored");
    assert_eq!(tour_funnel::Entity::find().count(&app.db).await.unwrap(), 0, "nothing counted");
    assert_eq!(
        app.visitor()
            .call(
                "tour_progress",
                &[("situation", "visitor"), ("step", "visitor.welcome"), ("status", "active")]
            )
            .await
            .status()
            .as_u16(),
        401
    );

    // A known step: kept, so that the tour resumes there, here or on another device.
    assert_eq!(save(&member, "newcomer", "newcomer.find", "active").await, 200);
    let tour = tour_of(&member).await;
    assert_eq!(tour["resume_at"], "newcomer.find");
    assert_eq!(tour["auto_start"], false);
    let elsewhere = signed_in(&app, "nouvelle@exemple.fr", PASSWORD).await;
    assert_eq!(tour_of(&elsewhere).await["resume_at"], "newcomer.find");

    // "Ne plus afficher" holds, even against a step's save that was still on its way.
    assert_eq!(
        member.call("dismiss_tours", &[("situation", "newcomer")]).await.status().as_u16(),
        200
    );
    assert_eq!(save(&member, "newcomer", "newcomer.profile", "active").await, 200);
    let tour = tour_of(&elsewhere).await;
    assert_eq!(
        (tour["auto_start"].clone(), tour["resume_at"].clone()),
        (false.into(), serde_json::Value::Null)
    );
}

#[tokio::test]
async fn only_the_town_hall_edits_tours_and_bad_edits_say_why() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let member = signed_in(&app, "responsable@demo.roncq.example", DEMO_PASSWORD).await;
    let edit = |target: &'static str, title: &'static str| {
        vec![
            ("step", "company.edit"),
            ("enabled", "on"),
            ("target", target),
            ("title_fr", title),
            ("title_en", "Keep it up to date"),
            ("body_fr", "Les responsables et éditeurs modifient la page."),
            ("body_en", "Owners and editors change the page."),
        ]
    };
    assert_eq!(
        member.call("admin/save_tour_step", &edit("company-edit", "Titre")).await.status().as_u16(),
        403
    );
    assert_eq!(member.call("admin/tours", &[]).await.status().as_u16(), 403);
    assert_eq!(member.call("tour", &[("preview", "admin")]).await.status().as_u16(), 403);

    let admin = signed_in(&app, "mairie@roncq.example", "demo mairie de Roncq").await;
    let response = admin.call("admin/save_tour_step", &edit("company-nowhere", "  ")).await;
    assert_eq!(response.status().as_u16(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("ne peut pas être vide"), "{body}");
    assert!(body.contains("n'existe pas sur cette page"), "{body}");
    let unknown = admin
        .call(
            "admin/save_tour_step",
            &[
                ("step", "company.nope"),
                ("title_fr", "a"),
                ("title_en", "a"),
                ("body_fr", "a"),
                ("body_en", "a"),
            ],
        )
        .await;
    assert_eq!(unknown.status().as_u16(), 404);

    // A good edit shows in the member's tour.
    let response = admin.call("admin/save_tour_step", &edit("company-edit", "Votre vitrine")).await;
    assert_eq!(response.status().as_u16(), 200, "{}", response.text().await.unwrap());
    let tour = tour_of(&member).await;
    assert!(tour["steps"].as_array().unwrap().iter().any(|s| s["title"] == "Votre vitrine"));

    // Reordering twice in a row moves the step each time.
    let order = |tours: &serde_json::Value| -> Vec<String> {
        tours.as_array().unwrap().iter().find(|t| t["situation"] == "company").unwrap()["steps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect()
    };
    let before = order(&json(admin.call("admin/tours", &[]).await).await);
    let at = before.iter().position(|id| id == "company.directory").unwrap();
    for _ in 0..2 {
        admin
            .call("admin/move_tour_step", &[("step", "company.directory"), ("direction", "up")])
            .await;
    }
    let after = order(&json(admin.call("admin/tours", &[]).await).await);
    assert_eq!(after.iter().position(|id| id == "company.directory").unwrap(), at - 2, "{after:?}");
    admin.call("admin/reset_tour_step", &[("step", "company.edit")]).await;
    let tour = tour_of(&member).await;
    assert!(tour["steps"].as_array().unwrap().iter().all(|s| s["title"] != "Votre vitrine"));
}
