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

    /// The same answer, but a refusal only counts for the form whose `field` was `expected`: one
    /// action shared by the forms of a list shows each refusal on its own row.
    pub fn only_when(self, field: &'static str, expected: String) -> Self {
        let result = self.result;
        Self {
            result: Signal::derive(move || {
                result.get().filter(|r| match r {
                    Err(AppError::Invalid(form)) => form.value(field).as_deref() == Some(&expected),
                    _ => true,
                })
            }),
        }
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
    #[prop(into, default = String::new())]
    form: String,
) -> impl IntoView {
    let i18n = crate::use_i18n();
    let form = StoredValue::new(form);
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
                                        <a href=form.with_value(|f| format!("#{}", field_id(f, &field)))>{message}</a>
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
    #[prop(into, default = String::new())]
    form: String,
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
    let id = field_id(&form, name);
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

/// The ids that describe a field: its hint, then its error while there is one.
fn describing(
    has_hint: bool,
    hint_id: String,
    error_id: String,
    error: Signal<Option<String>>,
) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
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
}

/// A labelled multi-line text, with hint and error tied to it like [`Field`].
#[component]
pub fn TextArea(
    name: &'static str,
    #[prop(into, default = String::new())] form: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional, into)] value: Option<Signal<String>>,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    #[prop(default = false)] required: bool,
    #[prop(optional)] maxlength: Option<u32>,
    #[prop(default = 6)] rows: u32,
) -> impl IntoView {
    let id = field_id(&form, name);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = error.unwrap_or_else(|| Signal::derive(|| None));
    let described_by = describing(hint.is_some(), hint_id.clone(), error_id.clone(), error);
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
            <textarea
                id=id.clone()
                name=name
                rows=rows
                required=required
                maxlength=maxlength
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                prop:value=move || value.map(|v| v.get()).unwrap_or_default()
            >
                {value.map(|v| v.get_untracked()).unwrap_or_default()}
            </textarea>
        </div>
    }
}

/// A labelled choice from a list. Optional selects start with an empty choice.
#[component]
pub fn Select(
    name: &'static str,
    #[prop(into, default = String::new())] form: String,
    #[prop(into)] label: Signal<String>,
    /// `(value, label)` pairs.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional, into)] value: Option<Signal<String>>,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    #[prop(default = false)] required: bool,
    /// Label of the empty choice of an optional select.
    #[prop(optional, into)]
    empty: Option<Signal<String>>,
) -> impl IntoView {
    let id = field_id(&form, name);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = error.unwrap_or_else(|| Signal::derive(|| None));
    let described_by = describing(hint.is_some(), hint_id.clone(), error_id.clone(), error);
    let current = move || value.map(|v| v.get()).unwrap_or_default();
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
            <select
                id=id.clone()
                name=name
                required=required
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
            >
                {empty.map(|empty| view! { <option value="" selected=move || current().is_empty()>{empty}</option> })}
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(option, text)| {
                            let selected = current() == option;
                            view! { <option value=option selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// A checkbox with its label, error and `aria-invalid` in the same way.
#[component]
pub fn Checkbox(
    name: &'static str,
    #[prop(into, default = String::new())] form: String,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    #[prop(optional, into)] checked: Option<Signal<bool>>,
    children: Children,
) -> impl IntoView {
    let id = field_id(&form, name);
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
                checked=move || checked.map(|c| c.get()).unwrap_or(false)
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || error.with(Option::is_some).then(|| error_ref.clone())
            />
            <label for=id>{children()}</label>
        </div>
    }
}

pub fn field_id(form: &str, name: &str) -> String {
    if form.is_empty() { format!("field-{name}") } else { format!("field-{form}-{name}") }
}
