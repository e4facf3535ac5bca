//! Infobulles: a "?" next to a feature or a field that explains it, and actions the policy forbids,
//! shown greyed out with the reason. Both are native popovers, so a click, a tap, Escape and a
//! click elsewhere work before hydration and without JavaScript; once hydrated they also open on
//! hover and keyboard focus, and stay open while the pointer is over them (WCAG 1.4.13).

use leptos::{html, prelude::*};

use crate::{Locale, domain::permissions::Denial, use_i18n};

/// Hover and focus behaviour added after hydration; the popover itself needs none of it.
#[derive(Clone, Copy)]
struct Reveal {
    bubble: NodeRef<html::Span>,
    hovered: RwSignal<bool>,
    focused: RwSignal<bool>,
    /// Opened by a click or a tap: stays until the next one, Escape or a click elsewhere.
    pinned: RwSignal<bool>,
}

impl Reveal {
    fn new() -> Self {
        Self {
            bubble: NodeRef::new(),
            hovered: RwSignal::new(false),
            focused: RwSignal::new(false),
            pinned: RwSignal::new(false),
        }
    }

    fn is_open(self) -> bool {
        self.bubble.get_untracked().is_some_and(|b| b.matches(":popover-open").unwrap_or(false))
    }

    fn open(self) {
        if let Some(bubble) = self.bubble.get_untracked()
            && !self.is_open()
        {
            let _ = bubble.show_popover();
        }
    }

    /// Hover and focus have usually opened the bubble by the time the button is clicked: the
    /// click must not toggle it shut again, so it pins the bubble open, and a second click closes.
    fn click(self, ev: leptos::ev::MouseEvent) {
        ev.prevent_default();
        if self.is_open() && self.pinned.get_untracked() {
            self.pinned.set(false);
            if let Some(bubble) = self.bubble.get_untracked() {
                let _ = bubble.hide_popover();
            }
        } else {
            self.pinned.set(true);
            self.open();
        }
    }

    /// Escape and light dismiss close the popover on their own: forget the pin then.
    fn toggled(self) {
        if !self.is_open() {
            self.pinned.set(false);
        }
    }

    /// Closes a little later unless the pointer or the focus came back, so the pointer can travel
    /// from the button to the bubble.
    fn close_soon(self) {
        set_timeout(
            move || {
                if !self.hovered.get_untracked()
                    && !self.focused.get_untracked()
                    && !self.pinned.get_untracked()
                    && let Some(bubble) = self.bubble.get_untracked()
                {
                    let _ = bubble.hide_popover();
                }
            },
            std::time::Duration::from_millis(300),
        );
    }

    fn enter(self) {
        self.hovered.set(true);
        self.open();
    }

    fn leave(self) {
        self.hovered.set(false);
        self.close_soon();
    }

    fn focus(self) {
        self.focused.set(true);
        self.open();
    }

    fn blur(self) {
        self.focused.set(false);
        self.close_soon();
    }
}

/// A "?" button that shows `children` beside it.
#[component]
pub fn HelpTip(
    /// Unique on the page.
    id: String,
    /// What the help is about, for the button's accessible name ("Aide : SIRET").
    #[prop(into)]
    about: Signal<String>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let reveal = Reveal::new();
    view! {
        <span class="tip" on:mouseenter=move |_| reveal.enter() on:mouseleave=move |_| reveal.leave()>
            <button
                type="button"
                class="tip__button"
                popovertarget=id.clone()
                aria-label=move || {
                    format!("{} : {}", crate::t_string!(i18n, help.about), about.get())
                }
                on:focus=move |_| reveal.focus()
                on:blur=move |_| reveal.blur()
                on:click=move |ev| reveal.click(ev)
            >
                <span aria-hidden="true">"?"</span>
            </button>
            <span id=id popover="auto" class="tip__bubble" node_ref=reveal.bubble on:toggle=move |_| reveal.toggled()>
                {children()}
            </span>
        </span>
    }
}

/// An action that is not available to this person here: it looks disabled, stays reachable with the
/// keyboard, and pressing it shows why and how to unlock it.
#[component]
pub fn LockedAction(
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    denial: Denial,
) -> impl IntoView {
    let i18n = use_i18n();
    let reveal = Reveal::new();
    let reason_id = format!("locked-{id}");
    view! {
        <span
            class="tip locked"
            data-tour=id
            on:mouseenter=move |_| reveal.enter()
            on:mouseleave=move |_| reveal.leave()
        >
            <button
                type="button"
                class="button button--locked"
                aria-disabled="true"
                popovertarget=reason_id.clone()
                aria-describedby=reason_id.clone()
                on:focus=move |_| reveal.focus()
                on:blur=move |_| reveal.blur()
                on:click=move |ev| reveal.click(ev)
            >
                <svg class="locked__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                    <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1zm1.5 0h4V5a2 2 0 0 0-4 0z" />
                </svg>
                {label}
            </button>
            <span id=reason_id popover="auto" class="tip__bubble" node_ref=reveal.bubble on:toggle=move |_| reveal.toggled()>
                {move || denial.message(matches!(i18n.get_locale(), Locale::fr))}
            </span>
        </span>
    }
}
