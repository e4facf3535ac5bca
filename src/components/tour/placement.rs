//! Where a tooltip goes: beside its target on the preferred side, flipped to the opposite side, then
//! to the other two, shifted along that side to stay inside the viewport, and never over the target.
//! Pure arithmetic, so it is tested without a browser.

use crate::domain::tour::Placement;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    pub fn intersects(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }

    pub fn inside(&self, area: &Rect) -> bool {
        self.x >= area.x - 0.5
            && self.y >= area.y - 0.5
            && self.right() <= area.right() + 0.5
            && self.bottom() <= area.bottom() + 0.5
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub x: f64,
    pub y: f64,
    pub side: Placement,
    /// Where the arrow meets the tooltip's edge, from the tooltip's left (top, for left and right).
    pub arrow: f64,
}

/// Space kept between the tooltip and the viewport's edges, and between it and its target.
pub const MARGIN: f64 = 8.0;
pub const GAP: f64 = 12.0;

fn order(preferred: Placement) -> [Placement; 4] {
    use Placement::*;
    match preferred {
        Bottom => [Bottom, Top, Right, Left],
        Top => [Top, Bottom, Right, Left],
        Right => [Right, Left, Bottom, Top],
        Left => [Left, Right, Bottom, Top],
    }
}

/// A place for a `tip_w`×`tip_h` tooltip next to `target` inside `area` (the viewport below the
/// sticky header), or `None` when no side has room.
pub fn place(
    target: Rect,
    tip_w: f64,
    tip_h: f64,
    area: Rect,
    preferred: Placement,
) -> Option<Placed> {
    let inner = Rect {
        x: area.x + MARGIN,
        y: area.y + MARGIN,
        w: (area.w - 2.0 * MARGIN).max(0.0),
        h: (area.h - 2.0 * MARGIN).max(0.0),
    };
    if tip_w > inner.w || tip_h > inner.h {
        return None;
    }
    let clamp = |value: f64, low: f64, high: f64| value.max(low).min(high.max(low));
    for side in order(preferred) {
        let (x, y) = match side {
            Placement::Bottom => (target.x + target.w / 2.0 - tip_w / 2.0, target.bottom() + GAP),
            Placement::Top => (target.x + target.w / 2.0 - tip_w / 2.0, target.y - GAP - tip_h),
            Placement::Right => (target.right() + GAP, target.y + target.h / 2.0 - tip_h / 2.0),
            Placement::Left => (target.x - GAP - tip_w, target.y + target.h / 2.0 - tip_h / 2.0),
        };
        // Shift along the side to stay inside; the side's own axis must already fit.
        let (x, y) = match side {
            Placement::Bottom | Placement::Top => (clamp(x, inner.x, inner.right() - tip_w), y),
            Placement::Left | Placement::Right => (x, clamp(y, inner.y, inner.bottom() - tip_h)),
        };
        let tip = Rect { x, y, w: tip_w, h: tip_h };
        if tip.inside(&inner) && !tip.intersects(&target) {
            let arrow = match side {
                Placement::Bottom | Placement::Top => {
                    clamp(target.x + target.w / 2.0 - x, 16.0, tip_w - 16.0)
                }
                Placement::Left | Placement::Right => {
                    clamp(target.y + target.h / 2.0 - y, 16.0, tip_h - 16.0)
                }
            };
            return Some(Placed { x, y, side, arrow });
        }
    }
    None
}

/// How far to scroll so that `target` shows below the sticky header with `room` pixels under it
/// (for a tooltip below, or a bottom sheet), or `None` when it is already in view.
pub fn scroll_needed(target: Rect, viewport_h: f64, header_h: f64, room: f64) -> Option<f64> {
    let top_limit = header_h + MARGIN;
    let bottom_limit = viewport_h - room - MARGIN;
    if target.y >= top_limit && target.bottom() <= bottom_limit {
        return None;
    }
    // Put the target just below the header; a target taller than the room keeps its top in view.
    Some(target.y - top_limit - ((bottom_limit - top_limit - target.h).max(0.0) / 3.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const VIEWPORTS: [(f64, f64); 3] = [(320.0, 568.0), (768.0, 1024.0), (1440.0, 900.0)];

    fn area(w: f64, h: f64, header: f64) -> Rect {
        Rect { x: 0.0, y: header, w, h: h - header }
    }

    #[test]
    fn the_preferred_side_wins_when_there_is_room() {
        let target = Rect { x: 100.0, y: 200.0, w: 80.0, h: 40.0 };
        let placed =
            place(target, 200.0, 100.0, area(1440.0, 900.0, 64.0), Placement::Bottom).unwrap();
        assert_eq!(placed.side, Placement::Bottom);
        assert_eq!(placed.y, 252.0);
        assert_eq!(placed.x, 40.0);
        assert_eq!(placed.arrow, 100.0);
    }

    #[test]
    fn it_flips_near_the_bottom_and_shifts_near_the_edge() {
        let target = Rect { x: 300.0, y: 520.0, w: 16.0, h: 16.0 };
        let placed =
            place(target, 280.0, 120.0, area(320.0, 568.0, 64.0), Placement::Bottom).unwrap();
        assert_eq!(placed.side, Placement::Top);
        assert!(placed.x + 280.0 <= 312.0);
        assert!(placed.arrow >= 16.0 && placed.arrow <= 264.0);
    }

    #[test]
    fn no_room_anywhere_means_no_place() {
        let target = Rect { x: 0.0, y: 64.0, w: 320.0, h: 500.0 };
        assert_eq!(place(target, 300.0, 200.0, area(320.0, 568.0, 64.0), Placement::Bottom), None);
        assert_eq!(place(target, 400.0, 50.0, area(320.0, 568.0, 64.0), Placement::Bottom), None);
    }

    #[test]
    fn scrolling_brings_the_target_below_the_header() {
        let below = Rect { x: 0.0, y: 2000.0, w: 100.0, h: 40.0 };
        let by = scroll_needed(below, 900.0, 64.0, 200.0).unwrap();
        let moved = Rect { y: below.y - by, ..below };
        assert!(moved.y >= 72.0 && moved.bottom() <= 900.0 - 208.0, "{moved:?}");
        assert_eq!(scroll_needed(Rect { y: 300.0, ..below }, 900.0, 64.0, 200.0), None);
        let under_header = Rect { y: 10.0, ..below };
        assert!(scroll_needed(under_header, 900.0, 64.0, 200.0).unwrap() < 0.0);
    }

    proptest! {
        #[test]
        fn a_placed_tooltip_is_inside_and_off_its_target(
            viewport in 0usize..3,
            tx in 0.0f64..1.0, ty in 0.0f64..1.0,
            tw in 8.0f64..400.0, th in 8.0f64..200.0,
            pw in 120.0f64..360.0, ph in 60.0f64..260.0,
            preferred in prop_oneof![Just(Placement::Top), Just(Placement::Bottom), Just(Placement::Left), Just(Placement::Right)],
        ) {
            let (w, h) = VIEWPORTS[viewport];
            let header = 64.0;
            let area = area(w, h, header);
            let target = Rect { x: tx * (w - tw.min(w)), y: header + ty * (h - header - th.min(h - header)), w: tw.min(w), h: th.min(h - header) };
            if let Some(p) = place(target, pw, ph, area, preferred) {
                let tip = Rect { x: p.x, y: p.y, w: pw, h: ph };
                let inner = Rect { x: MARGIN, y: header + MARGIN, w: w - 2.0 * MARGIN, h: h - header - 2.0 * MARGIN };
                prop_assert!(tip.inside(&inner), "{tip:?} outside {inner:?}");
                prop_assert!(!tip.intersects(&target), "{tip:?} covers {target:?}");
            }
        }
    }
}
