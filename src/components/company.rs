//! Pieces shared by the company pages: labels of sectors, bands and statuses, the logo, pagination
//! and the company form.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    Locale,
    api::companies::{CompanyFormValues, ParkOption},
    components::{
        form::{Field, Select, Submitted, TextArea},
        help::HelpTip,
    },
    domain::{
        company::{self, CompanyStatus, MemberRole},
        naf,
    },
    t, t_string, use_i18n,
};

pub fn is_french(locale: Locale) -> bool {
    matches!(locale, Locale::fr)
}

pub fn section_label(section: char, locale: Locale) -> String {
    match naf::section(section) {
        Some(s) if is_french(locale) => s.label_fr.to_string(),
        Some(s) => s.label_en.to_string(),
        None => section.to_string(),
    }
}

/// `10.71C · Industries alimentaires` (division labels exist in French only).
pub fn naf_label(code: &str) -> String {
    match naf::NafCode::parse(code) {
        Ok(code) => match naf::division(code.division()) {
            Some(division) => format!("{} · {}", code.as_str(), division.label_fr),
            None => code.as_str().to_string(),
        },
        Err(_) => code.to_string(),
    }
}

pub fn band_label(code: &str, locale: Locale) -> String {
    company::headcount_label(code, is_french(locale)).unwrap_or(code).to_string()
}

pub fn role_label(role: MemberRole, locale: Locale) -> &'static str {
    role.label(is_french(locale))
}

/// A coloured label for a page that is not simply approved.
#[component]
pub fn StatusBadge(status: CompanyStatus) -> impl IntoView {
    let i18n = use_i18n();
    (status != CompanyStatus::Approved).then(|| {
        view! {
            <span class=format!("badge badge--{}", status.as_str())>
                {move || status.label(is_french(i18n.get_locale()))}
            </span>
        }
    })
}

/// The logo, or the initials of the name on a coloured square. Decorative: the name is always
/// written next to it.
#[component]
pub fn Logo(
    url: Option<String>,
    name: String,
    #[prop(default = "logo")] class: &'static str,
) -> impl IntoView {
    match url {
        Some(url) => {
            view! { <img class=class src=url alt="" loading="lazy" decoding="async" /> }.into_any()
        }
        None => {
            let initials: String = name
                .split_whitespace()
                .filter(|w| w.chars().next().is_some_and(char::is_alphanumeric))
                .take(2)
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_uppercase)
                .collect();
            view! {
                <span class=format!("{class} {class}--initials") aria-hidden="true">
                    {initials}
                </span>
            }
            .into_any()
        }
    }
}

/// Links to the other pages of a result list, keeping every other parameter of the address.
#[component]
pub fn Pagination(
    page: u64,
    pages: u64,
    /// Builds the address of page `n`.
    href: Callback<u64, String>,
) -> impl IntoView {
    let i18n = use_i18n();
    (pages > 1).then(|| {
        let window: Vec<u64> = {
            let mut shown: Vec<u64> = vec![1, pages];
            shown.extend(page.saturating_sub(2).max(1)..=(page + 2).min(pages));
            shown.sort_unstable();
            shown.dedup();
            shown
        };
        let mut items = Vec::new();
        let mut last = 0;
        for n in window {
            if n > last + 1 {
                items.push(view! { <li class="pagination__gap" aria-hidden="true">"…"</li> }.into_any());
            }
            last = n;
            let current = n == page;
            items.push(
                view! {
                    <li>
                        <a
                            href=href.run(n)
                            aria-current=current.then_some("page")
                            aria-label=move || t_string!(i18n, pagination.page, n = n)
                        >
                            {n}
                        </a>
                    </li>
                }
                .into_any(),
            );
        }
        view! {
            <nav class="pagination" aria-label=move || t_string!(i18n, pagination.label)>
                <ul>
                    {(page > 1).then(|| view! {
                        <li><a href=href.run(page - 1) rel="prev">{t!(i18n, pagination.previous)}</a></li>
                    })}
                    {items}
                    {(page < pages).then(|| view! {
                        <li><a href=href.run(page + 1) rel="next">{t!(i18n, pagination.next)}</a></li>
                    })}
                </ul>
            </nav>
        }
    })
}

/// The fields of a company page, shared by registration, editing and the town hall's form.
#[component]
pub fn CompanyFields(
    initial: CompanyFormValues,
    form: Submitted<String>,
    parks: Vec<ParkOption>,
    /// Editing an approved page: changing the SIRET sends it back to the town hall.
    #[prop(default = false)]
    approved: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let value = |name: &'static str, initial: &str| form.value(name, initial.to_string());
    let label = |key: fn(Locale) -> String| Signal::derive(move || key(i18n.get_locale()));
    let legal_forms = Signal::derive(move || {
        let fr = is_french(i18n.get_locale());
        company::LEGAL_FORMS
            .iter()
            .map(|(code, label_fr, label_en)| {
                (code.to_string(), if fr { label_fr.to_string() } else { label_en.to_string() })
            })
            .collect::<Vec<_>>()
    });
    let bands = Signal::derive(move || {
        let fr = is_french(i18n.get_locale());
        company::HEADCOUNT_BANDS
            .iter()
            .map(|(code, label_fr, label_en)| {
                (code.to_string(), if fr { label_fr.to_string() } else { label_en.to_string() })
            })
            .collect::<Vec<_>>()
    });
    let park_options = parks.into_iter().map(|p| (p.slug, p.name)).collect::<Vec<_>>();
    let siret_hint = move || {
        if approved {
            format!(
                "{} {}",
                t_string!(i18n, company_form.siret_hint),
                t_string!(i18n, company_form.siret_review)
            )
        } else {
            t_string!(i18n, company_form.siret_hint).to_string()
        }
    };
    let existing = form.value("existing_company", String::new());
    let existing_action = form.value("existing_action", String::new());
    view! {
        <Show when=move || !existing.get().is_empty()>
            <div class="notice notice--info">
                <p>
                    {move || if existing_action.get() == "claim" {
                        t_string!(i18n, company_form.existing_claim)
                    } else {
                        t_string!(i18n, company_form.existing_join)
                    }}
                </p>
                <p>
                    <A href=move || format!("/entreprises/{}", existing.get()) attr:class="button button--secondary">
                        {t!(i18n, company_form.existing_link)}
                    </A>
                </p>
            </div>
        </Show>
        <fieldset class="fieldset">
            <legend>{t!(i18n, company_form.identity)}</legend>
            <Field
                name="legal_name"
                label=label(|l| td_string(l, "legal_name"))
                hint=label(|l| td_string(l, "legal_name_hint"))
                value=value("legal_name", &initial.legal_name)
                error=form.field_error("legal_name")
                maxlength=200
                autocomplete="organization"
            />
            <Field
                name="trade_name"
                label=label(|l| td_string(l, "trade_name"))
                hint=label(|l| td_string(l, "trade_name_hint"))
                value=value("trade_name", &initial.trade_name)
                error=form.field_error("trade_name")
                required=false
                maxlength=200
            />
            <div class="field-with-tip">
                <Field
                    name="siret"
                    label=label(|l| td_string(l, "siret"))
                    hint=Signal::derive(siret_hint)
                    value=value("siret", &initial.siret)
                    error=form.field_error("siret")
                    maxlength=20
                />
                <HelpTip id="tip-siret".into() about=label(|l| td_string(l, "siret"))>
                    {t!(i18n, company_form.siret_help)}
                </HelpTip>
            </div>
            <div class="field-with-tip">
                <Field
                    name="naf_code"
                    label=label(|l| td_string(l, "naf_code"))
                    hint=label(|l| td_string(l, "naf_code_hint"))
                    value=value("naf_code", &initial.naf_code)
                    error=form.field_error("naf_code")
                    maxlength=10
                />
                <HelpTip id="tip-naf".into() about=label(|l| td_string(l, "naf_code"))>
                    {t!(i18n, company_form.naf_help)}
                </HelpTip>
            </div>
            <Select
                name="legal_form"
                label=label(|l| td_string(l, "legal_form"))
                options=legal_forms
                value=value("legal_form", &initial.legal_form)
                error=form.field_error("legal_form")
                empty=label(|l| td_string(l, "not_given"))
            />
            <Select
                name="headcount_band"
                label=label(|l| td_string(l, "headcount_band"))
                options=bands
                value=value("headcount_band", &initial.headcount_band)
                error=form.field_error("headcount_band")
                empty=label(|l| td_string(l, "not_given"))
            />
            <Field
                name="year_founded"
                kind="number"
                label=label(|l| td_string(l, "year_founded"))
                value=value("year_founded", &initial.year_founded)
                error=form.field_error("year_founded")
                required=false
                maxlength=4
            />
        </fieldset>
        <fieldset class="fieldset">
            <legend>{t!(i18n, company_form.place)}</legend>
            <Field
                name="address"
                label=label(|l| td_string(l, "address"))
                hint=label(|l| td_string(l, "address_hint"))
                value=value("address", &initial.address)
                error=form.field_error("address")
                required=false
                maxlength=300
                autocomplete="street-address"
            />
            <Select
                name="business_park"
                label=label(|l| td_string(l, "business_park"))
                options=Signal::derive(move || park_options.clone())
                value=value("business_park", &initial.business_park)
                error=form.field_error("business_park")
                empty=label(|l| td_string(l, "no_park"))
            />
        </fieldset>
        <fieldset class="fieldset">
            <legend>{t!(i18n, company_form.presentation)}</legend>
            <TextArea
                name="description"
                label=label(|l| td_string(l, "description"))
                hint=label(|l| td_string(l, "description_hint"))
                value=value("description", &initial.description)
                error=form.field_error("description")
                maxlength=8000
                rows=8
            />
            <Field
                name="website"
                kind="url"
                label=label(|l| td_string(l, "website"))
                value=value("website", &initial.website)
                error=form.field_error("website")
                required=false
                maxlength=300
                autocomplete="url"
            />
            <Field
                name="phone"
                kind="tel"
                label=label(|l| td_string(l, "phone"))
                value=value("phone", &initial.phone)
                error=form.field_error("phone")
                required=false
                maxlength=40
                autocomplete="tel"
            />
            <Field
                name="public_email"
                kind="email"
                label=label(|l| td_string(l, "public_email"))
                hint=label(|l| td_string(l, "public_email_hint"))
                value=value("public_email", &initial.public_email)
                error=form.field_error("public_email")
                required=false
                maxlength=254
                autocomplete="email"
            />
        </fieldset>
    }
}

/// Labels of the company form, by field name.
fn td_string(locale: Locale, key: &str) -> String {
    use crate::td_string as td;
    match key {
        "legal_name" => td!(locale, company_form.legal_name),
        "legal_name_hint" => td!(locale, company_form.legal_name_hint),
        "trade_name" => td!(locale, company_form.trade_name),
        "trade_name_hint" => td!(locale, company_form.trade_name_hint),
        "siret" => td!(locale, company_form.siret),
        "naf_code" => td!(locale, company_form.naf_code),
        "naf_code_hint" => td!(locale, company_form.naf_code_hint),
        "legal_form" => td!(locale, company_form.legal_form),
        "headcount_band" => td!(locale, company_form.headcount_band),
        "year_founded" => td!(locale, company_form.year_founded),
        "address" => td!(locale, company_form.address),
        "address_hint" => td!(locale, company_form.address_hint),
        "business_park" => td!(locale, company_form.business_park),
        "no_park" => td!(locale, company_form.no_park),
        "description" => td!(locale, company_form.description),
        "description_hint" => td!(locale, company_form.description_hint),
        "website" => td!(locale, company_form.website),
        "phone" => td!(locale, company_form.phone),
        "public_email" => td!(locale, company_form.public_email),
        "public_email_hint" => td!(locale, company_form.public_email_hint),
        _ => td!(locale, company_form.not_given),
    }
    .to_string()
}
