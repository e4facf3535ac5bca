use crate::helpers::{migrations_round_trip, spawn_app};
use rer::domain::figures::HomeFigures;

#[tokio::test]
async fn health_check_answers_ok_while_the_database_answers() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.text().await.unwrap(), "ok");
}

#[tokio::test]
async fn health_check_answers_503_when_the_database_is_gone() {
    let app = spawn_app().await;
    app.db.close_by_ref().await.expect("close the pool");
    assert_eq!(app.get("/healthz").await.status().as_u16(), 503);
}

#[tokio::test]
async fn the_home_page_is_rendered_in_french_with_live_figures() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let (status, html) = app.page("/", None).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"lang="fr""#), "html lang: {}", &html[..html.len().min(400)]);
    assert!(html.contains("Le réseau en chiffres"));
    assert!(html.contains("entreprises inscrites"));
    assert!(html.contains(">250<"), "250 approved demo companies are shown");
    assert!(
        html.contains("Zone d&#x27;activité Pierre-Mauroy")
            || html.contains("Zone d'activité Pierre-Mauroy")
    );
}

#[tokio::test]
async fn the_figures_server_function_counts_only_approved_companies() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let response = app.call("home_figures", &[]).await;
    assert_eq!(response.status().as_u16(), 200);
    let figures: HomeFigures = response.json().await.unwrap();
    assert_eq!(figures.registered_companies, 250);
    assert_eq!(figures.town_company_count, 700);
    assert_eq!(figures.coverage_percent(), 35);
    assert_eq!(figures.by_park.len(), 6);
    let in_parks: u64 = figures.by_park.iter().map(|p| p.companies).sum();
    assert_eq!(in_parks + figures.outside_parks, 250);
    let by_sector: u64 = figures.by_sector.iter().map(|s| s.companies).sum();
    assert_eq!(by_sector, 250);
    assert!((550..=650).contains(&figures.members), "members: {}", figures.members);
}

#[tokio::test]
async fn an_empty_network_shows_zero_without_failing() {
    let app = spawn_app().await;
    let figures: HomeFigures = app.call("home_figures", &[]).await.json().await.unwrap();
    assert_eq!(figures.registered_companies, 0);
    assert_eq!(figures.coverage_percent(), 0);
    let (status, html) = app.page("/", None).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Aucune entreprise n&#x27;est encore inscrite")
            || html.contains("Aucune entreprise n'est encore inscrite")
    );
}

#[tokio::test]
async fn english_is_served_to_those_who_ask_for_it() {
    let app = spawn_app().await;
    let (_, html) = app.page("/", Some("en-GB,en;q=0.9")).await;
    assert!(html.contains(r#"lang="en""#));
    assert!(html.contains("The network in figures"));
}

#[tokio::test]
async fn the_language_switch_works_as_a_plain_form() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/api/set_locale"))
        .header("accept", "text/html")
        .header("origin", &app.address)
        .header("referer", app.url("/accessibilite"))
        .form(&[("locale", "en"), ("redirect_to", "/accessibilite")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 302);
    assert_eq!(response.headers()["location"], "/accessibilite");
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("i18n_pref_locale=en"), "{cookie}");
    assert!(cookie.contains("Path=/"));

    let (_, html) = app.page("/accessibilite", Some("fr")).await;
    assert!(html.contains(r#"lang="en""#), "the cookie wins over Accept-Language");
    assert!(html.contains("Accessibility statement"));
}

#[tokio::test]
async fn the_language_switch_never_redirects_off_site() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/api/set_locale"))
        .header("accept", "text/html")
        .form(&[("locale", "fr"), ("redirect_to", "//evil.example/")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 302);
    assert_eq!(response.headers()["location"], "/");
}

#[tokio::test]
async fn an_unknown_address_answers_404_with_a_page() {
    let app = spawn_app().await;
    let (status, html) = app.page("/does-not-exist", None).await;
    assert_eq!(status, 404);
    assert!(html.contains("Page introuvable"));
}

#[tokio::test]
async fn a_malformed_server_function_call_is_a_400() {
    let app = spawn_app().await;
    let response = app.call("set_locale", &[("locale", "en")]).await;
    assert_eq!(response.status().as_u16(), 400);
    let response = app
        .client
        .post(app.url("/api/set_locale"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("%%%&&&=")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
}

#[tokio::test]
async fn a_cross_site_post_is_refused() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/api/set_locale"))
        .header("origin", "https://evil.example")
        .form(&[("locale", "en"), ("redirect_to", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
    let response = app
        .client
        .post(app.url("/api/set_locale"))
        .header("sec-fetch-site", "cross-site")
        .form(&[("locale", "en"), ("redirect_to", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
}

#[tokio::test]
async fn pages_carry_security_headers_and_a_nonce_bound_csp() {
    let app = spawn_app().await;
    let response = app.get("/").await;
    let headers = response.headers().clone();
    let csp = headers["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("'nonce-"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"));
    assert!(csp.contains("object-src 'none'"));
    assert!(csp.contains("base-uri 'none'"));
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(headers.contains_key("referrer-policy"));
    let nonce = csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap().to_string();
    let html = response.text().await.unwrap();
    assert!(html.contains(&format!(r#"nonce="{nonce}""#)), "scripts carry the nonce");
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let app = spawn_app().await;
    let big = "x".repeat(10 * 1024 * 1024);
    let response = app
        .client
        .post(app.url("/api/set_locale"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("locale=fr&redirect_to={big}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 413);
}

#[tokio::test]
async fn html_is_compressed_for_browsers_that_accept_it() {
    let app = spawn_app().await;
    let response =
        app.client.get(app.url("/")).header("accept-encoding", "br, gzip").send().await.unwrap();
    assert_eq!(response.headers()["content-encoding"], "br");
}

#[tokio::test]
async fn demo_data_goes_only_into_an_empty_database() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let again = rer::server::seed::seed_demo(&app.db, false).await;
    assert!(again.is_err());
    let skipped = rer::server::seed::seed_demo(&app.db, true).await.unwrap();
    assert_eq!(skipped, rer::server::seed::SeedReport::AlreadyFilled);
}

#[tokio::test]
async fn every_migration_has_a_working_down() {
    let app = spawn_app().await;
    migrations_round_trip(&app.db).await;
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200);
}

/// Pages rendered side by side on several threads each keep their own reactive state: every one
/// answers whole, with its own nonce in its CSP and its scripts.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pages_rendered_concurrently_stay_whole() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let paths =
        ["/", "/entreprises", "/aide", "/accessibilite", "/connexion", "/entreprises?q=pain"];
    let mut tasks = Vec::new();
    for round in 0..8 {
        for path in paths {
            let client = app.client.clone();
            let url = app.url(path);
            tasks.push(tokio::spawn(async move {
                let response = client
                    .get(&url)
                    .header("accept", "text/html")
                    .send()
                    .await
                    .map_err(|e| format!("{url} (round {round}): {e}"))?;
                let status = response.status().as_u16();
                let csp = response
                    .headers()
                    .get("content-security-policy")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_string();
                let html = response.text().await.map_err(|e| format!("{url}: {e}"))?;
                let nonce = csp.split("'nonce-").nth(1).and_then(|n| n.split('\'').next());
                match nonce {
                    Some(nonce)
                        if status == 200 && html.contains(&format!(r#"nonce="{nonce}""#)) =>
                    {
                        Ok(())
                    }
                    _ => Err(format!("{url} (round {round}): status {status}, csp {csp:?}")),
                }
            }));
        }
    }
    let mut failures = Vec::new();
    for task in tasks {
        if let Err(failure) = task.await.expect("request task") {
            failures.push(failure);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} pages broken: {failures:#?}",
        failures.len(),
        8 * paths.len()
    );
}
