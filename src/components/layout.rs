use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    api::account::{SignOut, get_viewer},
    components::{
        lang_switch::LanguageSwitch,
        tour::{HelpMenu, TourProvider},
    },
    domain::site::SiteInfo,
    pages::auth::reload_on_success,
    t, t_string, use_i18n,
};

/// A page's title in the reader's language. On the server it is plain text: leptos_meta reads the
/// title once the page has rendered, outside the request's reactive arena, where reading a signal
/// can panic when requests run concurrently. In the browser it follows the language.
pub fn page_title(text: impl Fn() -> String + Send + Sync + 'static) -> TextProp {
    if cfg!(feature = "ssr") { TextProp::from(text()) } else { TextProp::from(text) }
}

/// Header, main region and footer shared by every page, with the skip link first in the tab order.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let site = expect_context::<SiteInfo>();
    let town = site.town.clone();

    view! {
        <TourProvider>
        <a class="skip-link" href="#contenu">
            {t!(i18n, skip_to_content)}
        </a>
        <header class="site-header">
            <div class="site-header__inner">
                <A href="/" attr:class="brand">
                    <span class="brand__mark" aria-hidden="true">
                        "RER"
                    </span>
                    <span class="brand__name">{site.site_name.clone()}</span>
                </A>
                <nav class="site-nav" aria-label=move || t_string!(i18n, nav.label)>
                    <ul>
                        <li>
                            <A href="/" exact=true>
                                {t!(i18n, nav.home)}
                            </A>
                        </li>
                        <li data-tour="nav-directory">
                            <A href="/entreprises">{t!(i18n, nav.directory)}</A>
                        </li>
                    </ul>
                </nav>
                <HelpMenu />
                <AccountMenu />
                <LanguageSwitch />
            </div>
        </header>
        <main id="contenu" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>{move || t_string!(i18n, footer.about, town = town.clone())}</p>
                <nav aria-label=move || t_string!(i18n, footer.legal_label)>
                    <ul>
                        <li>
                            <A href="/accessibilite">{t!(i18n, footer.accessibility)}</A>
                        </li>
                        <li>
                            <A href="/aide">{t!(i18n, help.guide)}</A>
                        </li>
                        <li>
                            <A href="/confidentialite">{t!(i18n, legal.privacy_title)}</A>
                        </li>
                        <li>
                            <A href="/conditions">{t!(i18n, legal.terms_title)}</A>
                        </li>
                    </ul>
                </nav>
            </div>
        </footer>
        </TourProvider>
    }
}

/// Sign-in and sign-up for visitors; the account, the town hall's tools and sign-out for members.
#[component]
fn AccountMenu() -> impl IntoView {
    let i18n = use_i18n();
    let viewer = Resource::new(|| (), |_| get_viewer());
    let sign_out = ServerAction::<SignOut>::new();
    reload_on_success(sign_out, || "/".into());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match viewer.await.ok().flatten() {
                    Some(me) => {
                        view! {
                            <div class="account-menu">
                                <A href="/fil" attr:class="account-menu__link" attr:data-tour="nav-feed">
                                    {t!(i18n, nav.feed)}
                                </A>
                                <A href="/mes-entreprises" attr:class="account-menu__link" attr:data-tour="nav-my-companies">
                                    {t!(i18n, nav.my_companies)}
                                </A>
                                <A href="/reseau" attr:class="account-menu__link" attr:data-tour="nav-network">
                                    {t!(i18n, nav.network)}
                                </A>
                                <A href="/compte" attr:class="account-menu__link">
                                    {t!(i18n, nav.account)}
                                    <span class="visually-hidden">
                                        {format!(" ({} {})", me.first_name, me.last_name)}
                                    </span>
                                </A>
                                {me
                                    .is_admin
                                    .then(|| {
                                        view! {
                                            <A href="/admin/entreprises" attr:class="account-menu__link" attr:data-tour="nav-admin">
                                                {t!(i18n, nav.admin)}
                                            </A>
                                        }
                                    })}
                                <ActionForm action=sign_out attr:class="account-menu__form">
                                    <button type="submit" class="button button--secondary">
                                        {t!(i18n, nav.sign_out)}
                                    </button>
                                </ActionForm>
                            </div>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <div class="account-menu">
                                <A href="/connexion" attr:class="account-menu__link">
                                    {t!(i18n, nav.sign_in)}
                                </A>
                                <A href="/inscription" attr:class="button" attr:data-tour="sign-up">
                                    {t!(i18n, nav.sign_up)}
                                </A>
                            </div>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
