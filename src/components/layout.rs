use leptos::prelude::*;
use leptos_router::components::A;

use crate::{components::lang_switch::LanguageSwitch, domain::site::SiteInfo, t, use_i18n};

/// Header, main region and footer shared by every page, with the skip link first in the tab order.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let site = expect_context::<SiteInfo>();
    let town = site.town.clone();

    view! {
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
                <nav class="site-nav" aria-label=move || crate::t_string!(i18n, nav.label)>
                    <ul>
                        <li>
                            <A href="/" exact=true>
                                {t!(i18n, nav.home)}
                            </A>
                        </li>
                    </ul>
                </nav>
                <LanguageSwitch />
            </div>
        </header>
        <main id="contenu" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>{move || crate::t_string!(i18n, footer.about, town = town.clone())}</p>
                <nav aria-label=move || crate::t_string!(i18n, footer.legal_label)>
                    <ul>
                        <li>
                            <A href="/accessibilite">{t!(i18n, footer.accessibility)}</A>
                        </li>
                    </ul>
                </nav>
            </div>
        </footer>
    }
}
