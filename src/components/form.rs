//! Form fields with their label, hint and error tied together, and the state of a submitted form
//! (with JavaScript the action's result; without, the error the server sent back in the address).

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::{components::error::error_message, error::AppError};

/// Reads what a server action answered, for the fields of its form.
pub struct Submitted<T: 'static + Send + Sync> {
    result: Signal<Option<Result<T, AppError>>>,
}

impl<T: Clone + Send + Sync + 'static> Clone for Submitted<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Clone + Send + Sync + 'static> Copy for Submitted<T> {}

impl<T: Clone + Send + Sync + 'static> Submitted<T> {
    pub fn of<S>(action: ServerAction<S>) -> Self
    where
        S: ServerFn<Output = T, Error = AppError> + Clone + Send + Sync + 'static,
    {
        let value = action.value();
        Self { result: Signal::derive(move || value.get()) }
    }

    pub fn succeeded(self) -> bool {
        matches!(self.result.get(), Some(Ok(_)))
    }

    fn invalid<R>(self, f: impl FnOnce(&crate::error::FormErrors) -> Option<R>) -> Option<R> {
        self.result.with(|r| match r {
            Some(Err(AppError::Invalid(form))) => f(form),
            _ => None,
        })
    }

    pub fn field_error(self, name: &'static str) -> Signal<Option<String>> {
        Signal::derive(move || self.invalid(|f| f.field(name)))
    }

    /// The value to show in a field: what the user typed last time, if the form came back.
    pub fn value(self, name: &'static str, initial: String) -> Signal<String> {
        Signal::derive(move || self.invalid(|f| f.value(name)).unwrap_or_else(|| initial.clone()))
    }

    /// Every message of a refused form, for the summary at its top: `(field, message)`; `None` as
    /// field for a message about the whole form.
    pub fn messages(self) -> Signal<Vec<(Option<String>, String)>> {
        Signal::derive(move || {
            self.result.with(|r| match r {
                Some(Err(AppError::Invalid(form))) => form
                    .form
                    .iter()
                    .map(|m| (None, m.clone()))
                    .chain(form.fields.iter().map(|(f, m)| (Some(f.clone()), m.clone())))
                    .collect(),
                Some(Err(other)) => vec![(None, error_message(other))],
                _ => vec![],
            })
        })
    }
}

/// The list of what went wrong, announced when it appears, each item leading to its field.
#[component]
pub fn ErrorSummary(
    messages: Signal<Vec<(Option<String>, String)>>,
    /// Set when several forms share a page, as on the fields.
    #[prop(default = "")]
    form: &'static str,
) -> impl IntoView {
    let i18n = crate::use_i18n();
    view! {
        <Show when=move || !messages.with(Vec::is_empty)>
            <div class="notice notice--error error-summary" role="alert" tabindex="-1">
                <p class="error-summary__title">{crate::t!(i18n, form.summary_title)}</p>
                <ul>
                    <For
                        each=move || messages.get()
                        key=|(field, message)| (field.clone(), message.clone())
                        children=move |(field, message)| match field {
                            Some(field) => {
                                view! {
                                    <li>
                                        <a href=format!("#{}", field_id(form, &field))>{message}</a>
                                    </li>
                                }
                                    .into_any()
                            }
                            None => view! { <li>{message}</li> }.into_any(),
                        }
                    />
                </ul>
            </div>
        </Show>
    }
}

/// A labelled input. Its hint and error are linked to it with `aria-describedby`, and it is marked
/// `aria-invalid` while the error stands.
#[component]
pub fn Field(
    name: &'static str,
    /// Distinguishes fields of the same name when several forms share a page.
    #[prop(default = "")]
    form: &'static str,
    #[prop(into)] label: Signal<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional, into)] value: Option<Signal<String>>,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    #[prop(default = true)] required: bool,
    #[prop(optional)] maxlength: Option<u32>,
    #[prop(optional)] minlength: Option<u32>,
) -> impl IntoView {
    let id = field_id(form, name);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = error.unwrap_or_else(|| Signal::derive(|| None));
    let has_hint = hint.is_some();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field--invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>
                {label}
                {(!required).then(|| view! { <span class="field__optional">" " {crate::t!(crate::use_i18n(), form.optional)}</span> })}
            </label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id.clone()>{hint}</p> })}
            <p class="field__error" id=error_id.clone() hidden=move || error.with(Option::is_none)>
                {move || error.get()}
            </p>
            {if kind == "password" {
                // A refused form empties its password fields, in the browser as on the server.
                view! {
                    <input
                        id=id.clone()
                        name=name
                        type=kind
                        autocomplete=autocomplete
                        required=required
                        maxlength=maxlength
                        minlength=minlength
                        prop:value=move || {
                            error.track();
                            String::new()
                        }
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby=described_by
                    />
                }
                    .into_any()
            } else {
                view! {
                    <input
                        id=id.clone()
                        name=name
                        type=kind
                        autocomplete=autocomplete
                        required=required
                        maxlength=maxlength
                        minlength=minlength
                        value=move || value.map(|v| v.get()).unwrap_or_default()
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby=described_by
                    />
                }
                    .into_any()
            }}
        </div>
    }
}

/// A checkbox with its label, error and `aria-invalid` in the same way.
#[component]
pub fn Checkbox(
    name: &'static str,
    #[prop(default = "")] form: &'static str,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    children: Children,
) -> impl IntoView {
    let id = field_id(form, name);
    let error_id = format!("{id}-error");
    let error = error.unwrap_or_else(|| Signal::derive(|| None));
    let error_ref = error_id.clone();
    view! {
        <div class="field field--checkbox" class:field--invalid=move || error.with(Option::is_some)>
            <p class="field__error" id=error_id hidden=move || error.with(Option::is_none)>
                {move || error.get()}
            </p>
            <input
                id=id.clone()
                name=name
                type="checkbox"
                value="on"
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || error.with(Option::is_some).then(|| error_ref.clone())
            />
            <label for=id>{children()}</label>
        </div>
    }
}

fn field_id(form: &str, name: &str) -> String {
    if form.is_empty() { format!("field-{name}") } else { format!("field-{form}-{name}") }
}
