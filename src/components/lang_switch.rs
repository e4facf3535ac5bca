use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::{I18nLocaleTrait as _, Locale, api::preferences::SetLocale, t, use_i18n};

/// One button that switches between French and English. Without JavaScript it is a plain form post
/// that sets the language cookie and comes back to the same page; once hydrated, the page switches in
/// place.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let back_to = move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{}", location.pathname.get(), search)
        }
    };
    let action = ServerAction::<SetLocale>::new();
    Effect::new(move |_| {
        if let Some(Ok(locale)) = action.value().get() {
            i18n.set_locale(locale);
        }
    });
    let other = move || match i18n.get_locale() {
        Locale::fr => Locale::en,
        Locale::en => Locale::fr,
    };

    view! {
        <ActionForm action attr:class="lang-switch">
            <input type="hidden" name="redirect_to" value=back_to />
            <input type="hidden" name="locale" value=move || other().as_str() />
            <button
                type="submit"
                class="lang-switch__button"
                lang=move || other().as_str()
                title=move || crate::t_string!(i18n, language.switch_to_hint)
            >
                <span class="visually-hidden">{t!(i18n, language.label)} ": "</span>
                {t!(i18n, language.switch_to)}
            </button>
        </ActionForm>
    }
}
