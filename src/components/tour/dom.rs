//! The browser side of the tour: measuring, scrolling, waiting for targets, `inert` and focus, and
//! the visitors' progress in local storage.

use leptos::{
    html,
    prelude::*,
    wasm_bindgen::{JsCast, closure::Closure},
    web_sys,
};

use super::{
    Layout, Spot,
    placement::{self, Rect},
};
use crate::api::tour::TourStepView;

const STORAGE_KEY: &str = "rer-tour";
/// How long a step waits for its target to be rendered before it shows in the middle instead.
const TARGET_TIMEOUT_MS: i32 = 3000;
/// Below this width, steps are bottom sheets.
const SHEET_BELOW: f64 = 640.0;
/// Room around the target inside the spotlight.
const SPOT_PADDING: f64 = 6.0;

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// A visitor's progress: `(step, status)`.
pub fn visitor_progress() -> Option<(String, String)> {
    let raw = storage()?.get_item(STORAGE_KEY).ok()??;
    let (step, status) = raw.split_once('|')?;
    Some((step.to_string(), status.to_string()))
}

pub fn remember_visitor(step: &str, status: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, &format!("{step}|{status}"));
    }
}

pub fn mark_ready() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-tour-ready", "");
    }
}

thread_local! {
    static RETURN_FOCUS: std::cell::RefCell<Option<web_sys::HtmlElement>> = const { std::cell::RefCell::new(None) };
    /// What the tour made inert, and only that, is given back when it closes.
    static MADE_INERT: std::cell::RefCell<Vec<web_sys::HtmlElement>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Everything but the tour is inert while a step is open.
fn set_background_inert(inert: bool) {
    if !inert {
        for element in MADE_INERT.with(|made| std::mem::take(&mut *made.borrow_mut())) {
            element.set_inert(false);
        }
        return;
    }
    let Some(body) = document().body() else { return };
    let children = body.children();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else { continue };
        if child.has_attribute("data-tour-root") || child.tag_name() == "SCRIPT" {
            continue;
        }
        if let Ok(element) = child.dyn_into::<web_sys::HtmlElement>()
            && !element.inert()
        {
            element.set_inert(true);
            MADE_INERT.with(|made| made.borrow_mut().push(element));
        }
    }
}

fn enter() {
    RETURN_FOCUS.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            *slot =
                document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        }
    });
    set_background_inert(true);
}

/// Gives the page back: no longer inert, focus where it was.
pub fn leave() {
    set_background_inert(false);
    if let Some(element) = RETURN_FOCUS.with(|slot| slot.borrow_mut().take())
        && element.is_connected()
    {
        let _ = element.focus();
    }
}

fn viewport() -> (f64, f64) {
    let w = window();
    let width = w.inner_width().ok().and_then(|v| v.as_f64()).unwrap_or(1024.0);
    let height = w.inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(768.0);
    (width, height)
}

/// The bottom of the header while it sticks to the top: nothing is placed under it. On phones the
/// header scrolls away with the page, and then it hides nothing.
fn header_bottom() -> f64 {
    let Some(header) = document().query_selector(".site-header").ok().flatten() else {
        return 0.0;
    };
    let sticks = window()
        .get_computed_style(&header)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("position").ok())
        .is_some_and(|position| position == "sticky" || position == "fixed");
    if sticks { header.get_bounding_client_rect().bottom().max(0.0) } else { 0.0 }
}

fn rect_of(element: &web_sys::Element) -> Rect {
    let r = element.get_bounding_client_rect();
    Rect { x: r.left(), y: r.top(), w: r.width(), h: r.height() }
}

fn find(target: &str) -> Option<web_sys::Element> {
    let selector = format!("[data-tour=\"{}\"]", target.replace(['"', '\\'], ""));
    document().query_selector(&selector).ok().flatten().filter(|e| {
        let r = e.get_bounding_client_rect();
        r.width() > 0.0 || r.height() > 0.0
    })
}

/// Measures the dialog and decides where it goes; scrolls the target into view first when needed.
fn position(
    target: Option<&web_sys::Element>,
    dialog: &web_sys::HtmlElement,
    preferred: crate::domain::tour::Placement,
    scroll: bool,
    layout: RwSignal<Layout>,
    spot: RwSignal<Option<Spot>>,
) {
    let Some(target) = target else {
        spot.set(None);
        layout.set(Layout::Centred);
        return;
    };
    let (vw, vh) = viewport();
    let header = header_bottom();
    let sheet = vw < SHEET_BELOW;
    let (tip_w, tip_h) = (f64::from(dialog.offset_width()), f64::from(dialog.offset_height()));
    // What the sticky header holds is in view as long as the header is (on phones it scrolls away).
    let in_view_in_header = target.closest(".site-header").ok().flatten().is_some() && {
        let r = target.get_bounding_client_rect();
        r.top() >= 0.0 && r.bottom() <= vh
    };
    if scroll && !in_view_in_header {
        let room = if sheet { tip_h } else { tip_h.min(vh / 3.0) };
        if let Some(by) = placement::scroll_needed(rect_of(target), vh, header, room) {
            window().scroll_by_with_x_and_y(0.0, by);
        }
    }
    let r = rect_of(target);
    spot.set(Some(Spot {
        x: r.x - SPOT_PADDING,
        y: r.y - SPOT_PADDING,
        w: r.w + 2.0 * SPOT_PADDING,
        h: r.h + 2.0 * SPOT_PADDING,
    }));
    let area = Rect { x: 0.0, y: header, w: vw, h: (vh - header).max(0.0) };
    let placed = if sheet { None } else { placement::place(r, tip_w, tip_h, area, preferred) };
    layout.set(match placed {
        Some(p) => Layout::Anchored { x: p.x, y: p.y, side: p.side, arrow: p.arrow },
        None => Layout::Sheet,
    });
}

/// Calls `found` with the target once it is in the page, or with `None` after the timeout.
fn wait_for(target: String, found: impl Fn(Option<web_sys::Element>) + 'static) {
    if let Some(element) = find(&target) {
        found(Some(element));
        return;
    }
    let found = std::rc::Rc::new(found);
    let done = std::rc::Rc::new(std::cell::Cell::new(false));
    let observer_slot: std::rc::Rc<std::cell::RefCell<Option<web_sys::MutationObserver>>> =
        Default::default();
    let on_change = {
        let (found, done, target, slot) =
            (found.clone(), done.clone(), target.clone(), observer_slot.clone());
        Closure::<dyn Fn()>::new(move || {
            if done.get() {
                return;
            }
            if let Some(element) = find(&target) {
                done.set(true);
                if let Some(observer) = slot.borrow_mut().take() {
                    observer.disconnect();
                }
                found(Some(element));
            }
        })
    };
    if let Ok(observer) = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()) {
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        options.set_attributes(true);
        if let Some(body) = document().body() {
            let _ = observer.observe_with_options(&body, &options);
        }
        *observer_slot.borrow_mut() = Some(observer);
    }
    on_change.forget();
    let timeout = Closure::<dyn Fn()>::new(move || {
        if !done.get() {
            done.set(true);
            if let Some(observer) = observer_slot.borrow_mut().take() {
                observer.disconnect();
            }
            found(None);
        }
    });
    let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
        timeout.as_ref().unchecked_ref(),
        TARGET_TIMEOUT_MS,
    );
    timeout.forget();
}

fn focus_title() {
    if let Some(title) = document().get_element_by_id("tour-title")
        && let Ok(title) = title.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = title.focus();
    }
}

/// Keeps the open step placed: on each step, on each page, while scrolling and resizing.
pub fn follow(
    open: RwSignal<bool>,
    index: RwSignal<usize>,
    steps: RwSignal<Vec<TourStepView>>,
    layout: RwSignal<Layout>,
    spot: RwSignal<Option<Spot>>,
    dialog: NodeRef<html::Div>,
    pathname: Memo<String>,
) {
    // Which target the step is anchored to, once found.
    let anchored = StoredValue::new_local(None::<web_sys::Element>);
    let generation = StoredValue::new(0u64);

    Effect::new(move |_| {
        let is_open = open.get();
        let at = index.get();
        let path = pathname.get();
        let step = steps.with(|s| s.get(at).cloned());
        generation.update_value(|g| *g += 1);
        let this = generation.get_value();
        anchored.set_value(None);
        if !is_open {
            return;
        }
        let Some(step) = step else { return };
        enter();
        // The dialog must be in the page to be measured: wait a frame.
        let placement = step.placement;
        let target = step.target.clone().filter(|_| step.path == path || step.path.is_empty());
        request_animation_frame(move || {
            if generation.get_value() != this {
                return;
            }
            let Some(target) = target else {
                if let Some(dialog) = dialog.get_untracked() {
                    position(None, &dialog, placement, false, layout, spot);
                }
                request_animation_frame(focus_title);
                return;
            };
            // A target that is not there yet: the step shows in the middle meanwhile, already
            // usable (Échap, buttons), and moves beside its target when it comes.
            if find(&target).is_none() {
                spot.set(None);
                layout.set(Layout::Waiting);
                request_animation_frame(focus_title);
            }
            wait_for(target, move |element| {
                if generation.get_value() != this {
                    return;
                }
                if element.is_none() {
                    layout.set(Layout::Centred);
                    return;
                }
                if let Some(dialog) = dialog.get_untracked() {
                    position(element.as_ref(), &dialog, placement, true, layout, spot);
                    anchored.set_value(element);
                }
                request_animation_frame(focus_title);
            });
        });
    });

    // Scrolling and resizing move the target: follow it, once per frame at most.
    let scheduled = std::rc::Rc::new(std::cell::Cell::new(false));
    let on_move = Closure::<dyn Fn()>::new(move || {
        if scheduled.get() || !open.get_untracked() {
            return;
        }
        scheduled.set(true);
        let scheduled = scheduled.clone();
        request_animation_frame(move || {
            scheduled.set(false);
            let target = anchored.get_value();
            if let (Some(target), Some(dialog)) = (target, dialog.get_untracked()) {
                let at = index.get_untracked();
                let placement = steps.with_untracked(|s| s.get(at).map(|s| s.placement));
                if let Some(placement) = placement {
                    position(Some(&target), &dialog, placement, false, layout, spot);
                }
            }
        });
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_passive(true);
    options.set_capture(true);
    let _ = window().add_event_listener_with_callback_and_add_event_listener_options(
        "scroll",
        on_move.as_ref().unchecked_ref(),
        &options,
    );
    let _ = window().add_event_listener_with_callback("resize", on_move.as_ref().unchecked_ref());
    on_move.forget();
}
