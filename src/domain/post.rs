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
}
