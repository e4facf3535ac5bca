use rer::{
    domain::permissions::Denial,
    error::AppError,
    server::entities::{companies, company_members, users},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter,
};

use crate::helpers::{TestApp, Visitor, spawn_app};

pub(crate) const PASSWORD: &str = "la grand-place de Roncq";

pub(crate) async fn error_of(response: reqwest::Response) -> (u16, AppError) {
    let status = response.status().as_u16();
    let body = response.text().await.unwrap();
    let error: AppError =
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("typed error ({e}): {body}"));
    (status, error)
}

pub(crate) async fn json(response: reqwest::Response) -> serde_json::Value {
    let status = response.status().as_u16();
    let body = response.text().await.unwrap();
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).unwrap()
}

fn luhn_complete(payload: &str) -> String {
    (0..10)
        .map(|d| format!("{payload}{d}"))
        .find(|candidate| rer::domain::company::luhn_valid(candidate))
        .unwrap()
}

/// A valid SIRET, different for each `n`.
pub fn siret(n: u32) -> String {
    let siren = luhn_complete(&format!("8{n:07}"));
    luhn_complete(&format!("{siren}0001"))
}

fn company_form<'a>(name: &'a str, siret: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("legal_name", name),
        ("siret", siret),
        ("naf_code", "10.71C"),
        ("headcount_band", "02"),
        ("year_founded", "2011"),
        ("address", "12 rue de Lille, 59223 Roncq"),
        ("business_park", ""),
        ("description", "Pain au **levain** et viennoiseries."),
        ("website", "www.exemple.fr"),
        ("phone", "03 20 00 00 00"),
        ("public_email", "contact@exemple.fr"),
    ]
}

impl TestApp {
    /// A confirmed member promoted to town-hall administrator.
    pub async fn admin(&self, email: &str) -> Visitor {
        let visitor = self.member(email, PASSWORD).await;
        let user = self.user(email).await.unwrap();
        let mut active = user.into_active_model();
        active.role = Set("admin".into());
        active.update(&self.db).await.unwrap();
        visitor
    }

    pub(crate) async fn company(&self, slug: &str) -> companies::Model {
        companies::Entity::find()
            .filter(companies::Column::Slug.eq(slug))
            .one(&self.db)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no company {slug}"))
    }

    /// Registers a company as `owner` and has the town hall approve it.
    pub(crate) async fn approved_company(
        &self,
        owner: &Visitor,
        admin: &Visitor,
        name: &str,
        n: u32,
    ) -> String {
        let slug = register(owner, name, &siret(n)).await;
        let id = self.company(&slug).await.id.to_string();
        let response = admin.call("admin/approve_company", &[("id", &id)]).await;
        assert_eq!(response.status().as_u16(), 200, "{}", response.text().await.unwrap());
        slug
    }
}

pub(crate) async fn register(owner: &Visitor, name: &str, siret: &str) -> String {
    let response = owner.call("register_company", &company_form(name, siret)).await;
    let body = response.text().await.unwrap();
    serde_json::from_str::<String>(&body).unwrap_or_else(|_| panic!("registration refused: {body}"))
}

pub(crate) async fn search(visitor: &Visitor, q: &str) -> serde_json::Value {
    json(visitor.call("search_companies", &[("q", q)]).await).await
}

pub(crate) fn names(results: &serde_json::Value) -> Vec<String> {
    results["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().into())
        .collect()
}

#[tokio::test]
async fn a_registered_company_waits_for_the_town_hall_then_joins_the_directory() {
    let app = spawn_app().await;
    let owner = app.member("gerante@fournil.fr", PASSWORD).await;
    let admin = app.admin("agent@mairie-roncq.fr").await;

    let slug = register(&owner, "Le Fournil du Bourg", &siret(1)).await;
    let company = app.company(&slug).await;
    assert_eq!(company.status, "pending");
    assert_eq!(company.siren.as_deref(), Some(&siret(1)[..9]));
    let owner_id = app.user("gerante@fournil.fr").await.unwrap().id;
    let membership = company_members::Entity::find()
        .filter(company_members::Column::CompanyId.eq(company.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((membership.user_id, membership.role.as_str()), (owner_id, "owner"));

    // Not in the directory yet, but its people see the page, and the policy explains what waits.
    assert!(names(&search(&owner, "fournil").await).is_empty());
    let page = json(owner.call("company", &[("slug", &slug)]).await).await;
    assert_eq!(page["status"], "pending");
    assert_eq!(page["actions"]["publish"]["Err"], "company_not_approved");
    let (status, _) = error_of(app.visitor().call("company", &[("slug", &slug)]).await).await;
    assert_eq!(status, 404, "a pending page is not found by outsiders");

    // The queue shows it with the SIRET check.
    let queue = json(admin.call("admin/review_queue", &[]).await).await;
    let pending = &queue["companies"][0];
    assert_eq!(pending["slug"], slug.as_str());
    assert!(pending["siret_problem"].is_null());
    assert_eq!(pending["owner"][1], "gerante@fournil.fr");

    let response = admin.call("admin/approve_company", &[("id", &company.id.to_string())]).await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(app.company(&slug).await.status, "approved");
    assert_eq!(app.emails_to("gerante@fournil.fr", "company_approved").await, 1);
    assert_eq!(names(&search(&owner, "fournil").await), ["Le Fournil du Bourg"]);
    assert_eq!(names(&search(&app.visitor(), "FOURNÎL bourg").await), ["Le Fournil du Bourg"]);
    let page = json(owner.call("company", &[("slug", &slug)]).await).await;
    assert!(page["actions"]["publish"]["Ok"].is_null());
    assert!(page["description_html"].as_str().unwrap().contains("<strong>levain</strong>"));
}

#[tokio::test]
async fn a_rejection_gives_the_reason_and_the_company_can_ask_again() {
    let app = spawn_app().await;
    let owner = app.member("patron@garage.fr", PASSWORD).await;
    let admin = app.admin("agent@mairie-roncq.fr").await;
    let slug = register(&owner, "Garage de la Gare", &siret(2)).await;
    let id = app.company(&slug).await.id.to_string();

    let (status, error) =
        error_of(admin.call("admin/reject_company", &[("id", &id), ("reason", "  ")]).await).await;
    assert_eq!(status, 422);
    let AppError::Invalid(form) = error else { panic!() };
    assert!(form.field("reason").is_some());
    assert_eq!(app.company(&slug).await.status, "pending", "nothing changed");

    let reason = "L'adresse est à Tourcoing : l'annuaire est réservé aux entreprises de Roncq.";
    let response = admin.call("admin/reject_company", &[("id", &id), ("reason", reason)]).await;
    assert_eq!(response.status().as_u16(), 200);
    let company = app.company(&slug).await;
    assert_eq!(
        (company.status.as_str(), company.rejection_reason.as_deref()),
        ("rejected", Some(reason))
    );
    assert_eq!(app.emails_to("patron@garage.fr", "company_rejected").await, 1);
    let mine = json(owner.call("my_companies", &[]).await).await;
    assert_eq!(mine["companies"][0]["rejection_reason"], reason);

    assert_eq!(owner.call("resubmit_company", &[("slug", &slug)]).await.status().as_u16(), 200);
    assert_eq!(app.company(&slug).await.status, "pending");
    let (status, _) = error_of(owner.call("resubmit_company", &[("slug", &slug)]).await).await;
    assert_eq!(status, 403, "only a rejected page is sent back");
}

#[tokio::test]
async fn members_and_visitors_are_refused_the_town_halls_decisions() {
    let app = spawn_app().await;
    let owner = app.member("gerant@exemple.fr", PASSWORD).await;
    let slug = register(&owner, "Menuiserie Vandamme", &siret(3)).await;
    let id = app.company(&slug).await.id.to_string();
    for (endpoint, form) in [
        ("admin/approve_company", vec![("id", id.as_str())]),
        ("admin/reject_company", vec![("id", id.as_str()), ("reason", "non")]),
        ("admin/review_queue", vec![]),
        ("admin/companies", vec![]),
        ("admin/parks", vec![]),
        (
            "admin/save_park",
            vec![("name", "Zone X"), ("area_hectares", "3"), ("status", "existing")],
        ),
    ] {
        let (status, error) = error_of(owner.call(endpoint, &form).await).await;
        assert_eq!((status, error), (403, AppError::Denied(Denial::AdminOnly)), "{endpoint}");
        let (status, _) = error_of(app.visitor().call(endpoint, &form).await).await;
        assert_eq!(status, 401, "{endpoint}");
    }
    assert_eq!(app.company(&slug).await.status, "pending");
}

#[tokio::test]
async fn nobody_edits_a_company_they_do_not_run() {
    let app = spawn_app().await;
    let admin = app.admin("agent@mairie-roncq.fr").await;
    let alice = app.member("alice@a.fr", PASSWORD).await;
    let bob = app.member("bob@b.fr", PASSWORD).await;
    let a = app.approved_company(&alice, &admin, "Alpha Transports", 4).await;
    let b = app.approved_company(&bob, &admin, "Bêta Conseil", 5).await;
    let before = app.company(&b).await;

    let number = siret(5);
    let mut form = company_form("Bêta Conseil piratée", &number);
    form.insert(0, ("slug", b.as_str()));
    let (status, error) = error_of(alice.call("update_company", &form).await).await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::NotCompanyMember)));
    let bob_id = app.user("bob@b.fr").await.unwrap().id.to_string();
    for (endpoint, form) in [
        ("invite_member", vec![("slug", b.as_str()), ("email", "x@x.fr"), ("role", "editor")]),
        (
            "change_member_role",
            vec![("slug", b.as_str()), ("user_id", bob_id.as_str()), ("role", "member")],
        ),
        ("remove_member", vec![("slug", b.as_str()), ("user_id", bob_id.as_str())]),
        ("transfer_ownership", vec![("slug", b.as_str()), ("user_id", bob_id.as_str())]),
        ("team", vec![("slug", b.as_str())]),
        ("company_form", vec![("slug", b.as_str())]),
    ] {
        let (status, _) = error_of(alice.call(endpoint, &form).await).await;
        assert_eq!(status, 403, "{endpoint}");
    }
    assert_eq!(app.company(&b).await, before, "company B is untouched");
    assert_eq!(app.emails_to("x@x.fr", "company_invitation").await, 0);
    let members = company_members::Entity::find()
        .filter(company_members::Column::CompanyId.eq(before.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].role, "owner");
    // Alice still runs her own.
    let number = siret(4);
    let mut own = company_form("Alpha Transports et Logistique", &number);
    own.insert(0, ("slug", a.as_str()));
    assert_eq!(alice.call("update_company", &own).await.status().as_u16(), 200);
    assert_eq!(app.company(&a).await.legal_name, "Alpha Transports et Logistique");
}

#[tokio::test]
async fn invitations_roles_and_the_last_owner() {
    let app = spawn_app().await;
    let admin = app.admin("agent@mairie-roncq.fr").await;
    let owner = app.member("owner@gamma.fr", PASSWORD).await;
    let slug = app.approved_company(&owner, &admin, "Gamma Imprimerie", 6).await;

    let response = owner
        .call("invite_member", &[("slug", &slug), ("email", "editor@gamma.fr"), ("role", "editor")])
        .await;
    assert_eq!(response.status().as_u16(), 200, "{}", response.text().await.unwrap());
    let token = app.token_from_outbox("editor@gamma.fr", "company_invitation").await;
    let editor = app.member("editor@gamma.fr", PASSWORD).await;
    let view = json(editor.call("invitation", &[("token", &token)]).await).await;
    assert_eq!(
        (view["company"].as_str(), view["role"].as_str()),
        (Some("Gamma Imprimerie"), Some("editor"))
    );
    assert_eq!(editor.call("accept_invitation", &[("token", &token)]).await.status().as_u16(), 200);
    let (status, error) =
        error_of(editor.call("accept_invitation", &[("token", &token)]).await).await;
    assert_eq!((status, error), (410, AppError::InvalidLink), "a used invitation is refused");

    // The editor edits the page but cannot touch the team, nor remove the owner.
    let owner_id = app.user("owner@gamma.fr").await.unwrap().id.to_string();
    let (status, error) =
        error_of(editor.call("remove_member", &[("slug", &slug), ("user_id", &owner_id)]).await)
            .await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::OwnerRoleRequired)));
    let number = siret(6);
    let mut form = company_form("Gamma Imprimerie", &number);
    form.insert(0, ("slug", slug.as_str()));
    assert_eq!(editor.call("update_company", &form).await.status().as_u16(), 200);

    // The only owner can neither leave nor step down.
    let (status, error) =
        error_of(owner.call("remove_member", &[("slug", &slug), ("user_id", &owner_id)]).await)
            .await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::LastOwner)));
    let (status, error) = error_of(
        owner
            .call(
                "change_member_role",
                &[("slug", &slug), ("user_id", &owner_id), ("role", "editor")],
            )
            .await,
    )
    .await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::LastOwner)));

    // After handing over, the former owner is an editor and may leave.
    let editor_id = app.user("editor@gamma.fr").await.unwrap().id.to_string();
    assert_eq!(
        owner
            .call("transfer_ownership", &[("slug", &slug), ("user_id", &editor_id)])
            .await
            .status()
            .as_u16(),
        200
    );
    let team = json(editor.call("team", &[("slug", &slug)]).await).await;
    let roles: Vec<(String, String)> = team["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["email"].as_str().unwrap().into(), m["role"].as_str().unwrap().into()))
        .collect();
    assert!(roles.contains(&("editor@gamma.fr".into(), "owner".into())), "{roles:?}");
    assert!(roles.contains(&("owner@gamma.fr".into(), "editor".into())), "{roles:?}");
    assert_eq!(
        owner
            .call("remove_member", &[("slug", &slug), ("user_id", &owner_id)])
            .await
            .status()
            .as_u16(),
        200
    );
}

#[tokio::test]
async fn an_invitation_confirms_the_address_it_was_sent_to() {
    let app = spawn_app().await;
    let admin = app.admin("agent@mairie-roncq.fr").await;
    let owner = app.member("owner@delta.fr", PASSWORD).await;
    let slug = app.approved_company(&owner, &admin, "Delta Paysages", 7).await;
    owner
        .call("invite_member", &[("slug", &slug), ("email", "new@delta.fr"), ("role", "member")])
        .await;
    let token = app.token_from_outbox("new@delta.fr", "company_invitation").await;
    // A forwarded link does nothing for another account, confirmed or not.
    let other = app.member("someone-else@exemple.fr", PASSWORD).await;
    let view = json(other.call("invitation", &[("token", &token)]).await).await;
    assert_eq!(view["for_me"], false);
    let (status, error) =
        error_of(other.call("accept_invitation", &[("token", &token)]).await).await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::InvitedElsewhere)));
    // Signed up but not confirmed: the invitation link is proof enough of the address.
    let guest = app.visitor();
    guest.call("sign_up", &crate::helpers::sign_up_form("new@delta.fr", PASSWORD)).await;
    guest.call("sign_in", &[("email", "new@delta.fr"), ("password", PASSWORD)]).await;
    assert_eq!(guest.call("accept_invitation", &[("token", &token)]).await.status().as_u16(), 200);
    let user = app.user("new@delta.fr").await.unwrap();
    assert!(user.email_confirmed_at.is_some());
}

#[tokio::test]
async fn a_duplicate_siret_offers_to_claim_or_join() {
    let app = spawn_app().await;
    let admin = app.admin("agent@mairie-roncq.fr").await;
    let first = app.member("first@epsilon.fr", PASSWORD).await;
    app.approved_company(&first, &admin, "Epsilon Électricité", 8).await;
    let second = app.member("second@epsilon.fr", PASSWORD).await;
    let (status, error) =
        error_of(second.call("register_company", &company_form("Epsilon bis", &siret(8))).await)
            .await;
    assert_eq!(status, 422);
    let AppError::Invalid(form) = error else { panic!() };
    assert!(form.field("siret").unwrap().contains("Epsilon Électricité"));
    assert_eq!(form.value("existing_action").as_deref(), Some("join"));
    assert_eq!(form.value("legal_name").as_deref(), Some("Epsilon bis"), "typed values kept");

    // Asking to join reaches the owner, who accepts.
    let slug = form.value("existing_company").unwrap();
    let response =
        second.call("join_company", &[("slug", &slug), ("message", "Je suis l'apprenti.")]).await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(app.emails_to("first@epsilon.fr", "join_request").await, 1);
    let team = json(first.call("team", &[("slug", &slug)]).await).await;
    let request_id = team["requests"][0]["id"].to_string();
    assert_eq!(
        first
            .call("decide_join_request", &[("slug", &slug), ("id", &request_id), ("accept", "1")])
            .await
            .status()
            .as_u16(),
        200
    );
    let page = json(second.call("company", &[("slug", &slug)]).await).await;
    assert_eq!(page["actions"]["role"], "member");
    assert_eq!(page["actions"]["edit"]["Err"], "editor_role_required");
}

#[tokio::test]
async fn a_duplicate_siret_of_a_page_outside_the_directory_names_nothing() {
    let app = spawn_app().await;
    let first = app.member("first@eta.fr", PASSWORD).await;
    let response = first.call("register_company", &company_form("Êta Secrète", &siret(31))).await;
    assert_eq!(response.status().as_u16(), 200);
    let second = app.member("second@eta.fr", PASSWORD).await;
    let (status, error) =
        error_of(second.call("register_company", &company_form("Êta", &siret(31))).await).await;
    assert_eq!(status, 422);
    let AppError::Invalid(form) = error else { panic!() };
    let message = form.field("siret").unwrap();
    assert!(message.contains("attend la décision de la mairie"), "{message}");
    assert!(!message.contains("Secrète"), "a pending page stays private: {message}");
    assert_eq!(form.value("existing_company"), None, "no link to a page outsiders cannot see");
    assert_eq!(form.value("existing_action"), None);
}

#[tokio::test]
async fn an_unclaimed_page_is_handed_over_by_the_town_hall() {
    let app = spawn_app().await;
    let admin = app.admin("agent@mairie-roncq.fr").await;
    let response =
        admin.call("admin/create_company", &company_form("Zêta Métallerie", &siret(9))).await;
    let slug: String = serde_json::from_str(&response.text().await.unwrap()).unwrap();
    assert_eq!(app.company(&slug).await.status, "unclaimed");
    // Listed, marked as unclaimed.
    let results = search(&app.visitor(), "zeta").await;
    assert_eq!(results["items"][0]["status"], "unclaimed");

    // Registering the same SIRET points to the claim instead.
    let worker = app.member("chef@zeta.fr", PASSWORD).await;
    let (_, error) =
        error_of(worker.call("register_company", &company_form("Zêta", &siret(9))).await).await;
    let AppError::Invalid(form) = error else { panic!() };
    assert_eq!(form.value("existing_action").as_deref(), Some("claim"));

    assert_eq!(
        worker
            .call("claim_company", &[("slug", &slug), ("message", "Gérant")])
            .await
            .status()
            .as_u16(),
        200
    );
    // Asking twice keeps one request.
    worker.call("claim_company", &[("slug", &slug)]).await;
    let queue = json(admin.call("admin/review_queue", &[]).await).await;
    assert_eq!(queue["claims"].as_array().unwrap().len(), 1);
    let claim_id = queue["claims"][0]["id"].to_string();
    assert_eq!(
        admin
            .call("admin/decide_claim", &[("id", &claim_id), ("accept", "1")])
            .await
            .status()
            .as_u16(),
        200
    );
    let company = app.company(&slug).await;
    assert_eq!(company.status, "approved");
    let page = json(worker.call("company", &[("slug", &slug)]).await).await;
    assert_eq!(page["actions"]["role"], "owner");
    assert_eq!(app.emails_to("chef@zeta.fr", "claim_accepted").await, 1);
}

#[tokio::test]
async fn bad_company_forms_say_which_rule_failed_and_keep_the_values() {
    let app = spawn_app().await;
    let owner = app.member("x@eta.fr", PASSWORD).await;
    let mut form = company_form("", "732 829 320 00075");
    form.retain(|(k, _)| *k != "naf_code" && *k != "website" && *k != "year_founded");
    form.push(("naf_code", "1071"));
    form.push(("website", "javascript:alert(1)"));
    form.push(("year_founded", "3000"));
    let (status, error) = error_of(owner.call("register_company", &form).await).await;
    assert_eq!(status, 422);
    let AppError::Invalid(errors) = error else { panic!() };
    assert!(errors.field("legal_name").is_some());
    assert!(errors.field("siret").unwrap().contains("Clé de contrôle invalide"));
    assert!(errors.field("naf_code").is_some());
    assert!(errors.field("website").is_some());
    assert!(errors.field("year_founded").is_some());
    assert_eq!(errors.value("siret").as_deref(), Some("732 829 320 00075"));
    let (_, error) =
        error_of(owner.call("register_company", &company_form("Eta", "1234")).await).await;
    let AppError::Invalid(errors) = error else { panic!() };
    assert!(errors.field("siret").unwrap().contains("14 chiffres"));
    assert_eq!(companies::Entity::find().count(&app.db).await.unwrap(), 0, "nothing half-saved");
}

#[tokio::test]
async fn unconfirmed_members_cannot_register_a_company() {
    let app = spawn_app().await;
    let visitor = app.visitor();
    visitor.call("sign_up", &crate::helpers::sign_up_form("pas-encore@exemple.fr", PASSWORD)).await;
    visitor.call("sign_in", &[("email", "pas-encore@exemple.fr"), ("password", PASSWORD)]).await;
    let (status, error) =
        error_of(visitor.call("register_company", &company_form("Theta", &siret(10))).await).await;
    assert_eq!((status, error), (403, AppError::Denied(Denial::EmailNotConfirmed)));
    let (status, _) =
        error_of(app.visitor().call("register_company", &company_form("Theta", &siret(10))).await)
            .await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn the_directory_filters_and_treats_every_search_as_text() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let member = app.member("lecteur@exemple.fr", PASSWORD).await;
    let all = json(member.call("search_companies", &[]).await).await;
    let listed = companies::Entity::find()
        .filter(companies::Column::Status.is_in(["approved", "unclaimed"]))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(all["total"].as_u64().unwrap(), listed);
    assert_eq!(all["items"].as_array().unwrap().len(), 20);
    assert!(all["full"].as_bool().unwrap());

    let industry = json(member.call("search_companies", &[("secteur", "c")]).await).await;
    let n = industry["total"].as_u64().unwrap();
    assert!(n > 0 && n < listed);
    for item in industry["items"].as_array().unwrap() {
        assert_eq!(item["section"], "C");
    }
    let park = json(member.call("search_companies", &[("zone", "blanc-four")]).await).await;
    assert!(park["total"].as_u64().unwrap() > 0);
    for item in park["items"].as_array().unwrap() {
        assert_eq!(item["park_name"], "Zone industrielle du Blanc-Four");
    }
    let total = |results: &serde_json::Value| results["total"].as_u64().unwrap();
    // Wildcards and quotes are punctuation, like any other: they match nothing special.
    for wildcard in ["%", "_", "'", "\\", "%%_%", "*"] {
        let results = json(member.call("search_companies", &[("q", wildcard)]).await).await;
        assert_eq!(total(&results), listed, "{wildcard:?} is no pattern");
    }
    let plain = total(&json(member.call("search_companies", &[("q", "boulang")]).await).await);
    assert!(plain > 0);
    for dressed in ["boulang*", "\"boulang\"", "boulang%", "(boulang)", "boulang_"] {
        let results = json(member.call("search_companies", &[("q", dressed)]).await).await;
        assert_eq!(total(&results), plain, "{dressed:?} searches the word itself");
    }
    // SQL and full-text syntax are words that no company has.
    for hostile in ["'; DROP TABLE companies; --", "NEAR(zzqx wwqy)", "zzqx\" OR 1=1 --"] {
        let results = json(member.call("search_companies", &[("q", hostile)]).await).await;
        assert_eq!(total(&results), 0, "{hostile:?}");
    }
    assert!(companies::Entity::find().count(&app.db).await.unwrap() >= listed, "table intact");
    // Unknown filters are ignored, absurd pages clamp to the last one.
    let odd =
        json(member.call("search_companies", &[("secteur", "Z"), ("page", "99999")]).await).await;
    assert_eq!(odd["total"].as_u64().unwrap(), listed);
    assert_eq!(odd["page"], odd["pages"]);

    // Visitors see the reduced directory.
    let public = json(app.visitor().call("search_companies", &[]).await).await;
    assert!(!public["full"].as_bool().unwrap());
    assert!(public["items"][0]["excerpt"].is_null() && public["items"][0]["address"].is_null());
}

#[tokio::test]
async fn the_directory_costs_the_same_queries_whatever_it_shows() {
    let app = spawn_app().await;
    app.seed_demo().await;
    let member = app.member("lecteur@exemple.fr", PASSWORD).await;
    member.call("search_companies", &[]).await;
    let mut costs = Vec::new();
    for q in ["", "boulangerie", "zzzz-rien"] {
        let before = app.metrics.queries();
        let (status, _) = app.page_as(&member, &format!("/entreprises?q={q}")).await;
        assert_eq!(status, 200);
        costs.push(app.metrics.queries() - before);
    }
    assert!(costs.iter().all(|c| *c == costs[0]), "{costs:?}");
    assert!(costs[0] <= 8, "{costs:?}");
}

#[tokio::test]
async fn company_pages_render_on_the_server_and_escape_what_members_write() {
    let app = spawn_app().await;
    let admin = app.admin("agent@mairie-roncq.fr").await;
    let owner = app.member("owner@iota.fr", PASSWORD).await;
    let slug =
        app.approved_company(&owner, &admin, "</title><script>alert(1)</script> Iota", 11).await;
    let number = siret(11);
    let mut form = company_form("</title><script>alert(1)</script> Iota", &number);
    form.retain(|(k, _)| *k != "description");
    form.push((
        "description",
        "<img src=x onerror=alert(1)> [x](javascript:alert(1)) </script><script>alert(2)</script>",
    ));
    form.insert(0, ("slug", slug.as_str()));
    assert_eq!(owner.call("update_company", &form).await.status().as_u16(), 200);
    let (status, html) = app.page_as(&owner, &format!("/entreprises/{slug}")).await;
    assert_eq!(status, 200);
    assert!(!html.contains("<script>alert"), "names and descriptions are text");
    assert!(!html.contains("<img src=x"), "raw HTML in markdown stays text");
    assert!(!html.contains("href=\"javascript:"), "unsafe links lose their target");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; Iota"));
    let (status, _) = app.page("/entreprises/does-not-exist", None).await;
    assert_eq!(status, 404);
    let (status, html) = app.page("/entreprises", None).await;
    assert_eq!(status, 200);
    assert!(html.contains("Annuaire des entreprises"));
}

mod uploads {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        image::DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(
            width,
            height,
            image::Rgba([200, 30, 30, 255]),
        ))
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
        out.into_inner()
    }

    /// An image that does not compress: random pixels from a small linear congruential generator.
    fn noisy_png(width: u32, height: u32) -> Vec<u8> {
        let mut seed = 0x2545_f491_u32;
        let pixels = image::RgbaImage::from_fn(width, height, |_, _| {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            let [a, b, c, d] = seed.to_le_bytes();
            image::Rgba([a, b, c, d | 0x80])
        });
        let mut out = std::io::Cursor::new(Vec::new());
        image::DynamicImage::ImageRgba8(pixels)
            .write_to(&mut out, image::ImageFormat::Png)
            .unwrap();
        out.into_inner()
    }

    async fn upload(
        visitor: &Visitor,
        app: &TestApp,
        slug: &str,
        name: &str,
        bytes: Vec<u8>,
    ) -> reqwest::Response {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string());
        visitor
            .client
            .post(visitor.url(&format!("/entreprises/{slug}/logo")))
            .header("origin", &app.address)
            .multipart(reqwest::multipart::Form::new().part("image", part))
            .send()
            .await
            .unwrap()
    }

    fn location(response: &reqwest::Response) -> String {
        response.headers()["location"].to_str().unwrap().to_string()
    }

    #[tokio::test]
    async fn a_logo_is_checked_by_content_reencoded_and_cached_for_good() {
        let app = spawn_app().await;
        let admin = app.admin("agent@mairie-roncq.fr").await;
        let owner = app.member("owner@kappa.fr", PASSWORD).await;
        let slug = app.approved_company(&owner, &admin, "Kappa Fleurs", 12).await;

        let text_as_png =
            upload(&owner, &app, &slug, "logo.png", b"just some text, honestly".to_vec()).await;
        assert_eq!(text_as_png.status().as_u16(), 303);
        assert!(location(&text_as_png).ends_with("logo_erreur=format"));

        let oversized = noisy_png(1000, 1000);
        assert!(oversized.len() > 3 * 1024 * 1024, "a real image over the limit");
        let oversized = upload(&owner, &app, &slug, "big.png", oversized).await;
        assert_eq!(oversized.status().as_u16(), 303, "the form comes back, not a bare 413");
        assert!(location(&oversized).ends_with("logo_erreur=trop_lourd"));

        let bomb = {
            let side = 20_000u32;
            let mut out = std::io::Cursor::new(Vec::new());
            let encoder = image::codecs::png::PngEncoder::new_with_quality(
                &mut out,
                image::codecs::png::CompressionType::Best,
                image::codecs::png::FilterType::NoFilter,
            );
            let pixels = vec![0u8; (side * side) as usize];
            image::ImageEncoder::write_image(
                encoder,
                &pixels,
                side,
                side,
                image::ExtendedColorType::L8,
            )
            .unwrap();
            out.into_inner()
        };
        let refused = upload(&owner, &app, &slug, "bomb.png", bomb).await;
        assert!(location(&refused).ends_with("logo_erreur=dimensions"), "{}", location(&refused));
        assert!(app.company(&slug).await.logo_key.is_none(), "nothing stored");

        let ok = upload(&owner, &app, &slug, "whatever.txt", png(800, 400)).await;
        assert!(location(&ok).ends_with("?logo=1"), "{}", location(&ok));
        let key = app.company(&slug).await.logo_key.unwrap();
        let page = json(owner.call("company", &[("slug", &slug)]).await).await;
        let url = page["logo_url"].as_str().unwrap().to_string();
        assert!(url.starts_with("/uploads/") && url.contains(key.split('.').next().unwrap()));
        let served = app.get(&url).await;
        assert_eq!(served.status().as_u16(), 200);
        assert_eq!(served.headers()["cache-control"], "public, max-age=31536000, immutable");
        let stored = image::load_from_memory(&served.bytes().await.unwrap()).unwrap();
        assert_eq!(stored.width(), 160);

        // Someone else's company: refused.
        let stranger = app.member("stranger@exemple.fr", PASSWORD).await;
        let response = upload(&stranger, &app, &slug, "logo.png", png(10, 10)).await;
        assert_eq!(response.status().as_u16(), 403);
        assert_eq!(app.company(&slug).await.logo_key.as_deref(), Some(key.as_str()));
        assert!(std::fs::read_dir(app.data_dir.join("uploads")).unwrap().count() >= 3);
    }
}

#[tokio::test]
async fn profiles_follow_their_visibility() {
    let app = spawn_app().await;
    let member = app.member("lambda@exemple.fr", PASSWORD).await;
    let id = app.user("lambda@exemple.fr").await.unwrap().id.to_string();
    let (status, _) = error_of(app.visitor().call("person", &[("id", &id)]).await).await;
    assert_eq!(status, 401, "members only by default");
    let response = member
        .call(
            "update_my_profile",
            &[("job_title", "Gérante"), ("bio", "Fleuriste depuis 2009."), ("public", "on")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 200);
    let person = json(app.visitor().call("person", &[("id", &id)]).await).await;
    assert_eq!(person["job_title"], "Gérante");
    let user =
        users::Entity::find_by_id(id.parse::<i32>().unwrap()).one(&app.db).await.unwrap().unwrap();
    assert_eq!(user.profile_visibility, "public");
}

#[tokio::test]
async fn the_new_migration_undoes_and_redoes_cleanly() {
    let app = spawn_app().await;
    crate::helpers::migrations_round_trip(&app.db).await;
}
