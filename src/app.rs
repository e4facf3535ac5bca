use leptos::prelude::*;
use leptos_i18n::context::CookieOptions;
use leptos_meta::{HashedStylesheet, MetaTags, Title, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::{
    I18nContextProvider, Locale,
    api::preferences::{LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECS},
    components::layout::Layout,
    domain::site::SiteInfo,
    pages::{
        accessibility::AccessibilityPage,
        account::{AccountPage, SessionsPage},
        admin::OutboxPage,
        admin_companies::{
            AdminAllCompaniesPage, AdminCompaniesPage, AdminNewCompanyPage, AdminParksPage,
        },
        auth::{ConfirmEmailPage, ForgotPasswordPage, ResetPasswordPage, SignInPage, SignUpPage},
        company::{CompanyPage, EditCompanyPage, RegisterCompanyPage},
        directory::DirectoryPage,
        feed::{EditPostPage, FeedPageView, NewPostPage, PostPage},
        help::{AdminToursPage, GuidePage},
        home::HomePage,
        legal::{PrivacyPage, TermsPage},
        moderation::ModerationPage,
        network::NetworkPage,
        not_found::NotFound,
        team::{InvitationPage, MyCompaniesPage, PersonPage, TeamPage},
    },
};

// Every route renders in `SsrMode::Async`: the whole page, data included, is ready before the first
// byte, so it reads completely without JavaScript and a late "not found" still sets the status.

/// The HTML document around the app, rendered on the server only. `lang` is set on `<html>` by the
/// i18n layer, from the visitor's language.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <meta name="theme-color" content="#0b4f6c" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HashedStylesheet options=options.clone() id="rer-style" />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let site = leptos::server::SharedValue::new(site_info).into_inner();
    provide_context(site);
    let cookie_options =
        CookieOptions::<Locale>::default().path("/").max_age(LOCALE_COOKIE_MAX_AGE_SECS * 1000);

    view! {
        <I18nContextProvider cookie_name=LOCALE_COOKIE cookie_options>
            <SiteTitle />
            <Router>
                <Layout>
                    <Routes fallback=|| view! { <NotFound /> }>
                        <Route path=path!("") view=HomePage ssr=SsrMode::Async />
                        <Route
                            path=path!("/accessibilite")
                            view=AccessibilityPage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/confidentialite") view=PrivacyPage ssr=SsrMode::Async />
                        <Route path=path!("/conditions") view=TermsPage ssr=SsrMode::Async />
                        <Route path=path!("/inscription") view=SignUpPage ssr=SsrMode::Async />
                        <Route path=path!("/connexion") view=SignInPage ssr=SsrMode::Async />
                        <Route
                            path=path!("/confirmer-email")
                            view=ConfirmEmailPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/mot-de-passe-oublie")
                            view=ForgotPasswordPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/reinitialiser-mot-de-passe")
                            view=ResetPasswordPage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/compte") view=AccountPage ssr=SsrMode::Async />
                        <Route path=path!("/compte/sessions") view=SessionsPage ssr=SsrMode::Async />
                        <Route path=path!("/admin/outbox") view=OutboxPage ssr=SsrMode::Async />
                        <Route
                            path=path!("/admin/moderation")
                            view=ModerationPage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/entreprises") view=DirectoryPage ssr=SsrMode::Async />
                        <Route
                            path=path!("/entreprises/:slug")
                            view=CompanyPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/entreprises/:slug/modifier")
                            view=EditCompanyPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/entreprises/:slug/equipe")
                            view=TeamPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/mes-entreprises")
                            view=MyCompaniesPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/mes-entreprises/nouvelle")
                            view=RegisterCompanyPage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/invitation") view=InvitationPage ssr=SsrMode::Async />
                        <Route path=path!("/reseau") view=NetworkPage ssr=SsrMode::Async />
                        <Route path=path!("/fil") view=FeedPageView ssr=SsrMode::Async />
                        <Route
                            path=path!("/annonces/nouvelle")
                            view=NewPostPage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/annonces/:id") view=PostPage ssr=SsrMode::Async />
                        <Route
                            path=path!("/annonces/:id/modifier")
                            view=EditPostPage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/personnes/:id") view=PersonPage ssr=SsrMode::Async />
                        <Route
                            path=path!("/admin/entreprises")
                            view=AdminCompaniesPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/admin/entreprises/toutes")
                            view=AdminAllCompaniesPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/admin/entreprises/nouvelle")
                            view=AdminNewCompanyPage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/admin/zones") view=AdminParksPage ssr=SsrMode::Async />
                        <Route path=path!("/admin/visites") view=AdminToursPage ssr=SsrMode::Async />
                        <Route path=path!("/aide") view=GuidePage ssr=SsrMode::Async />
                    </Routes>
                </Layout>
            </Router>
        </I18nContextProvider>
    }
}

/// Every page title ends with the site name.
#[component]
fn SiteTitle() -> impl IntoView {
    let site_name = expect_context::<SiteInfo>().site_name;
    view! { <Title formatter=move |page: String| title_markup(format!("{page} · {site_name}")) /> }
}

/// leptos_meta writes the server-rendered `<title>` without escaping it, and titles carry names
/// members choose: escape them there. The browser sets `document.title`, which takes plain text.
fn title_markup(title: String) -> String {
    if cfg!(feature = "ssr") {
        title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    } else {
        title
    }
}

/// The site's identity: from the configuration on the server, from the page's serialized state in
/// the browser.
fn site_info() -> SiteInfo {
    #[cfg(feature = "ssr")]
    if let Ok(state) = crate::server::app_state() {
        return SiteInfo {
            site_name: state.config.site_name.clone(),
            town: state.config.town.clone(),
            town_company_count: state.config.town_company_count,
        };
    }
    SiteInfo {
        site_name: "Réseau économique roncquois".into(),
        town: "Roncq".into(),
        town_company_count: 700,
    }
}
