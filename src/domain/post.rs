//! Announcements (*annonces*): their kinds, who sees them, and the limits of what they hold.

use serde::{Deserialize, Serialize};

pub const TITLE_MAX_CHARS: usize = 160;
pub const BODY_MAX_CHARS: usize = 8000;
/// How far ahead an offer or a request may run.
pub const EXPIRY_MAX_DAYS: i64 = 366;
pub const FEED_PAGE_SIZE: u64 = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PostKind {
    /// *Actualité*: news of the company or of the town.
    News,
    /// *Je propose*: a service or goods on offer.
    Offer,
    /// *Je recherche*: a need, for suppliers to answer.
    Request,
    /// *Opportunité*: a business opportunity (a shop to take over, a shared order…).
    Opportunity,
}

impl PostKind {
    pub const ALL: [PostKind; 4] =
        [PostKind::News, PostKind::Offer, PostKind::Request, PostKind::Opportunity];

    pub fn as_str(self) -> &'static str {
        match self {
            PostKind::News => "news",
            PostKind::Offer => "offer",
            PostKind::Request => "request",
            PostKind::Opportunity => "opportunity",
        }
    }

    pub fn parse(raw: &str) -> Option<PostKind> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == raw)
    }

    /// The French word used in addresses, `/fil?type=recherche`.
    pub fn slug(self) -> &'static str {
        match self {
            PostKind::News => "actualite",
            PostKind::Offer => "propose",
            PostKind::Request => "recherche",
            PostKind::Opportunity => "opportunite",
        }
    }

    pub fn from_slug(raw: &str) -> Option<PostKind> {
        Self::ALL.into_iter().find(|kind| kind.slug() == raw)
    }

    pub fn label(self, french: bool) -> &'static str {
        match (self, french) {
            (PostKind::News, true) => "Actualité",
            (PostKind::News, false) => "News",
            (PostKind::Offer, true) => "Je propose",
            (PostKind::Offer, false) => "Offering",
            (PostKind::Request, true) => "Je recherche",
            (PostKind::Request, false) => "Looking for",
            (PostKind::Opportunity, true) => "Opportunité",
            (PostKind::Opportunity, false) => "Opportunity",
        }
    }

    /// Offers and requests run until a date; news and opportunities stay.
    pub fn may_expire(self) -> bool {
        matches!(self, PostKind::Offer | PostKind::Request)
    }
}

/// Who may read an announcement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PostVisibility {
    /// Every signed-in member of the network.
    Members,
    /// The company's own people and the people of the companies it is connected to.
    Connections,
}

impl PostVisibility {
    pub const ALL: [PostVisibility; 2] = [PostVisibility::Members, PostVisibility::Connections];

    pub fn as_str(self) -> &'static str {
        match self {
            PostVisibility::Members => "members",
            PostVisibility::Connections => "connections",
        }
    }

    pub fn parse(raw: &str) -> Option<PostVisibility> {
        Self::ALL.into_iter().find(|v| v.as_str() == raw)
    }

    pub fn label(self, french: bool) -> &'static str {
        match (self, french) {
            (PostVisibility::Members, true) => "Tous les membres du réseau",
            (PostVisibility::Members, false) => "All members of the network",
            (PostVisibility::Connections, true) => "Mes relations seulement",
            (PostVisibility::Connections, false) => "My connections only",
        }
    }
}

/// Whether a reader sees a post of `visibility` from a company: `own` when the reader belongs to
/// it, `connected` when one of the reader's companies is connected to it. Official posts and the
/// town hall's staff see past the restriction.
pub fn may_read(
    visibility: PostVisibility,
    official: bool,
    admin: bool,
    own: bool,
    connected: bool,
) -> bool {
    official || admin || own || visibility == PostVisibility::Members || connected
}

/// A reaction to an announcement. A person holds at most one per post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReactionKind {
    /// *J'aime*.
    Like,
    /// *Intéressé*: the reader would like to hear more (an offer, a request, an opportunity).
    Interested,
}

impl ReactionKind {
    pub const ALL: [ReactionKind; 2] = [ReactionKind::Like, ReactionKind::Interested];

    pub fn as_str(self) -> &'static str {
        match self {
            ReactionKind::Like => "like",
            ReactionKind::Interested => "interested",
        }
    }

    pub fn parse(raw: &str) -> Option<ReactionKind> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == raw)
    }
}

/// The reactions to a post: how many of each, and the reader's own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reactions {
    pub likes: u32,
    pub interested: u32,
    pub mine: Option<ReactionKind>,
}

impl Reactions {
    pub fn count(&self, kind: ReactionKind) -> u32 {
        match kind {
            ReactionKind::Like => self.likes,
            ReactionKind::Interested => self.interested,
        }
    }

    fn count_mut(&mut self, kind: ReactionKind) -> &mut u32 {
        match kind {
            ReactionKind::Like => &mut self.likes,
            ReactionKind::Interested => &mut self.interested,
        }
    }

    /// The reader presses `kind`: the same reaction again takes it back; another one replaces it.
    pub fn toggle(mut self, kind: ReactionKind) -> Reactions {
        if let Some(previous) = self.mine {
            let count = self.count_mut(previous);
            *count = count.saturating_sub(1);
        }
        if self.mine == Some(kind) {
            self.mine = None;
        } else {
            *self.count_mut(kind) += 1;
            self.mine = Some(kind);
        }
        self
    }
}

pub const COMMENT_MAX_CHARS: usize = 2000;
pub const HIDE_REASON_MAX_CHARS: usize = 500;

/// A piece of a comment: plain text, or an address to link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Segment {
    Text(String),
    Link(String),
}

/// Splits a plain-text comment into text and web addresses (`http://`, `https://`), so that the
/// addresses can be shown as links and everything else as text. Punctuation that ends a sentence
/// stays out of the address.
pub fn segments(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = find_address(rest) {
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
            .unwrap_or(tail.len());
        let mut address = &tail[..end];
        while let Some(last) = address.chars().last() {
            let unbalanced =
                last == ')' && address.matches('(').count() < address.matches(')').count();
            if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '»') || unbalanced {
                address = &address[..address.len() - last.len_utf8()];
            } else {
                break;
            }
        }
        if !rest[..start].is_empty() {
            out.push(Segment::Text(rest[..start].to_string()));
        }
        let bare = address.trim_start_matches("https://").trim_start_matches("http://");
        if bare.is_empty() {
            out.push(Segment::Text(address.to_string()));
        } else {
            out.push(Segment::Link(address.to_string()));
        }
        rest = &rest[start + address.len()..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest.to_string()));
    }
    out
}

fn find_address(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower[from..].find("http") {
        let at = from + found;
        let boundary = at == 0 || !text[..at].chars().last().is_some_and(|c| c.is_alphanumeric());
        if boundary && (lower[at..].starts_with("http://") || lower[at..].starts_with("https://")) {
            return Some(at);
        }
        from = at + 4;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_slugs_round_trip() {
        for kind in PostKind::ALL {
            assert_eq!(PostKind::parse(kind.as_str()), Some(kind));
            assert_eq!(PostKind::from_slug(kind.slug()), Some(kind));
        }
        assert_eq!(PostKind::parse("event"), None);
        assert_eq!(PostKind::from_slug("<script>"), None);
    }

    #[test]
    fn connections_only_posts_stay_within_the_circle() {
        let restricted = PostVisibility::Connections;
        assert!(!may_read(restricted, false, false, false, false));
        assert!(may_read(restricted, false, false, true, false));
        assert!(may_read(restricted, false, false, false, true));
        assert!(may_read(restricted, false, true, false, false));
        assert!(may_read(PostVisibility::Members, false, false, false, false));
    }

    #[test]
    fn only_offers_and_requests_expire() {
        assert!(PostKind::Offer.may_expire() && PostKind::Request.may_expire());
        assert!(!PostKind::News.may_expire() && !PostKind::Opportunity.may_expire());
    }

    #[test]
    fn a_reaction_is_toggled_and_replaced() {
        let none = Reactions { likes: 3, interested: 1, mine: None };
        let liked = none.toggle(ReactionKind::Like);
        assert_eq!(liked, Reactions { likes: 4, interested: 1, mine: Some(ReactionKind::Like) });
        assert_eq!(liked.toggle(ReactionKind::Like), none);
        let switched = liked.toggle(ReactionKind::Interested);
        assert_eq!(
            switched,
            Reactions { likes: 3, interested: 2, mine: Some(ReactionKind::Interested) }
        );
        // A count never goes below zero, even from a stale view.
        let stale = Reactions { likes: 0, interested: 0, mine: Some(ReactionKind::Like) };
        assert_eq!(stale.toggle(ReactionKind::Like).likes, 0);
    }

    #[test]
    fn addresses_in_comments_become_links_and_nothing_else_does() {
        use Segment::*;
        assert_eq!(
            segments("Voir https://roncq.fr/zone-activite. Merci !"),
            vec![
                Text("Voir ".into()),
                Link("https://roncq.fr/zone-activite".into()),
                Text(". Merci !".into())
            ]
        );
        assert_eq!(
            segments("(détails sur http://exemple.fr/a_(b))"),
            vec![
                Text("(détails sur ".into()),
                Link("http://exemple.fr/a_(b)".into()),
                Text(")".into())
            ]
        );
        assert_eq!(segments("javascript:alert(1)"), vec![Text("javascript:alert(1)".into())]);
        assert_eq!(segments("xhttp://a.fr"), vec![Text("xhttp://a.fr".into())]);
        assert_eq!(segments("https://"), vec![Text("https://".into())]);
        assert_eq!(
            segments("<script>https://a.fr\"onload=x</script>"),
            vec![
                Text("<script>".into()),
                Link("https://a.fr".into()),
                Text("\"onload=x</script>".into())
            ]
        );
        assert_eq!(segments("Ça coûte 5 €"), vec![Text("Ça coûte 5 €".into())]);
    }
}
