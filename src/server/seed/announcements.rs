//! Demo announcements: a few hundred posts of every kind over the past months, from the demo
//! companies, and the town hall's official posts. Fixed, like the rest of the demo town.

use crate::domain::post::{PostKind, PostVisibility, ReactionKind};

/// A demo post, by index into the approved companies (`None` for the town hall).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPost {
    pub company: Option<usize>,
    pub kind: PostKind,
    pub title: String,
    pub body: String,
    pub visibility: PostVisibility,
    pub pinned: bool,
    pub days_ago: i64,
    /// Days from today to the end of an offer or a request (negative once past).
    pub expires_in: Option<i64>,
}

const NEWS: &[(&str, &str)] = &[
    (
        "{name} fête ses dix ans à Roncq",
        "Dix ans déjà ! Merci à nos clients et voisins de la zone.\n\nPour l'occasion, nous ouvrons nos portes le **premier vendredi du mois** : passez nous voir.",
    ),
    (
        "Nouveau site internet pour {name}",
        "Notre nouveau site présente nos services, nos réalisations et nos horaires.\n\n- devis en ligne\n- prise de rendez-vous\n- actualités de l'équipe",
    ),
    (
        "Nos horaires pendant les fêtes",
        "Nous restons ouverts pendant les fêtes, avec des horaires réduits : du lundi au vendredi, de 9 h à 16 h.",
    ),
    (
        "{name} s'agrandit",
        "Nous accueillons deux nouvelles personnes dans l'équipe et investissons dans un nouvel atelier. Merci pour votre confiance !",
    ),
    (
        "Bilan carbone : nos premiers résultats",
        "Nous avons réalisé notre premier bilan carbone avec un bureau d'études de la métropole. **Objectif : -20 % d'ici trois ans.** Nous partagerons volontiers notre démarche.",
    ),
];

const OFFERS: &[(&str, &str)] = &[
    (
        "Salle de réunion à louer à l'heure",
        "Notre salle de réunion (12 places, écran, café) est libre la plupart des après-midi. Tarif préférentiel pour les entreprises du réseau.",
    ),
    (
        "Palettes et cartons à donner",
        "Nous donnons chaque semaine des palettes et des cartons propres. À venir chercher sur place, le vendredi après-midi.",
    ),
    (
        "Plateaux-repas pour vos réunions",
        "Des plateaux-repas préparés avec des produits de la région, livrés à Roncq et alentours. Commande la veille avant 15 h.",
    ),
    (
        "Audit énergétique offert aux entreprises de Roncq",
        "Nous proposons un premier audit énergétique gratuit de vos locaux : éclairage, chauffage, isolation. **Une heure sur place**, un rapport sous huit jours.",
    ),
    (
        "Impression de flyers en 48 heures",
        "Flyers, cartes de visite, affiches : impression en 48 heures, livraison gratuite dans les zones d'activité de Roncq.",
    ),
    (
        "Places de stationnement disponibles",
        "Nous louons au mois quatre places de parking couvertes, à deux pas de l'échangeur.",
    ),
];

const REQUESTS: &[(&str, &str)] = &[
    (
        "Recherche un expert-comptable",
        "Notre entreprise grandit : nous cherchons un cabinet d'expertise comptable proche, habitué aux entreprises de 10 à 20 salariés.",
    ),
    (
        "Recherche un local de 200 m² à Roncq",
        "Nous cherchons un local d'activité d'environ 200 m², avec un quai ou une porte sectionnelle, idéalement dans une zone d'activité de Roncq.",
    ),
    (
        "Recherche un prestataire pour nos espaces verts",
        "Entretien régulier de 1 500 m² d'espaces verts autour de nos bâtiments : tonte, haies, ramassage des feuilles.",
    ),
    (
        "Recherche un transporteur vers la Belgique",
        "Nous cherchons un transporteur pour des livraisons régulières vers Menin et Courtrai, deux à trois fois par semaine.",
    ),
    (
        "Recherche un photographe pour notre catalogue",
        "Une journée de prise de vue en atelier, pour une cinquantaine de produits. Merci d'indiquer vos tarifs et quelques réalisations.",
    ),
    (
        "Recherche une entreprise de nettoyage de bureaux",
        "Nettoyage de 300 m² de bureaux, deux fois par semaine, en fin de journée.",
    ),
];

const OPPORTUNITIES: &[(&str, &str)] = &[
    (
        "Commande groupée de fournitures de bureau",
        "Regroupons nos commandes de papier et de fournitures pour obtenir de meilleurs prix. Faites-vous connaître avant la fin du mois.",
    ),
    (
        "Covoiturage entre entreprises de la zone",
        "Plusieurs de nos salariés viennent de Tourcoing et d'Halluin. Organisons un covoiturage entre entreprises voisines !",
    ),
    (
        "Stand partagé au salon des entreprises de Lille",
        "Nous avons réservé un stand de 18 m² et cherchons deux entreprises pour le partager, et les frais avec.",
    ),
    (
        "Fonds de commerce à reprendre",
        "Départ en retraite : nous cherchons un repreneur pour notre activité, clientèle fidèle et locaux en bon état.",
    ),
];

/// About `per_company` posts for each of the first `n` approved companies, spread over the past
/// six months, and the town hall's official posts.
pub fn generate(names: &[String], per_company: usize) -> Vec<DemoPost> {
    let mut posts = official();
    let kinds = [
        (PostKind::News, NEWS),
        (PostKind::Offer, OFFERS),
        (PostKind::Request, REQUESTS),
        (PostKind::Opportunity, OPPORTUNITIES),
    ];
    let mut counter = 0usize;
    for (index, name) in names.iter().enumerate() {
        for round in 0..per_company {
            counter += 1;
            let (kind, templates) = kinds[(index + round * 3) % kinds.len()];
            let (title, body) = templates[(index * 7 + round) % templates.len()];
            let days_ago = ((index * 13 + round * 29) % 180) as i64;
            let expires_in = kind.may_expire().then_some(60 - days_ago);
            posts.push(DemoPost {
                company: Some(index),
                kind,
                title: title.replace("{name}", name),
                body: body.replace("{name}", name),
                visibility: if counter.is_multiple_of(7) {
                    PostVisibility::Connections
                } else {
                    PostVisibility::Members
                },
                pinned: false,
                days_ago,
                expires_in,
            });
        }
    }
    posts
}

fn official() -> Vec<DemoPost> {
    let post = |title: &str, body: &str, pinned: bool, days_ago: i64| DemoPost {
        company: None,
        kind: PostKind::News,
        title: title.into(),
        body: body.into(),
        visibility: PostVisibility::Members,
        pinned,
        days_ago,
        expires_in: None,
    };
    vec![
        post(
            "Vœux du maire aux entreprises : vendredi 15 janvier 2027",
            "Le maire et le conseil municipal invitent les chefs d'entreprise de Roncq à la **cérémonie des vœux aux acteurs économiques**, le vendredi 15 janvier 2027 à 18 h 30, salle des fêtes.\n\nCe sera l'occasion de faire le point sur l'année écoulée, de présenter les projets de 2027 et d'échanger autour d'un verre.\n\nMerci de confirmer votre présence auprès du service développement économique.",
            true,
            2,
        ),
        post(
            "Une nouvelle zone d'activité au Haut-Vinage",
            "La commune aménage une **nouvelle zone d'activité** de 12 hectares au Haut-Vinage. Les premiers lots seront commercialisés au printemps.\n\n- lots de 1 500 à 8 000 m²\n- accès direct à l'A22\n- fibre optique et bornes de recharge\n\nLes entreprises roncquoises qui souhaitent s'agrandir sont prioritaires : contactez la mairie pour une visite.",
            true,
            9,
        ),
        post(
            "Travaux rue de Lille : circulation alternée en janvier",
            "Des travaux de voirie auront lieu rue de Lille du 5 au 23 janvier. La circulation sera alternée en journée ; les livraisons restent possibles.",
            false,
            20,
        ),
        post(
            "Le Réseau économique roncquois a un an",
            "Un an après son lancement, un tiers des entreprises de la ville ont rejoint le réseau. Merci à toutes et à tous ! Les infobulles du site vous guident désormais pas à pas.",
            false,
            45,
        ),
    ]
}

/// What other members answered a demo post: reactions and comments, by index into the people
/// who may answer.
pub struct Responses {
    pub reactions: Vec<(usize, ReactionKind)>,
    pub comments: Vec<(usize, &'static str)>,
}

const COMMENTS: &[(&str, &[&str])] = &[
    (
        "request",
        &[
            "Bonjour, nous pouvons vous aider : je vous envoie un message pour en parler.",
            "Nous avons eu le même besoin l'an dernier et travaillé avec une entreprise de la zone, très satisfaits. Je vous transmets son contact.",
        ],
    ),
    (
        "offer",
        &[
            "Intéressés ! Est-ce encore possible la semaine prochaine ?",
            "Merci pour la proposition, nous passerons vous voir.",
        ],
    ),
    ("news", &["Bravo à toute l'équipe !", "Félicitations, et bonne continuation à Roncq."]),
    (
        "opportunity",
        &[
            "Nous sommes intéressés : pouvons-nous en parler cette semaine ?",
            "Belle occasion, je fais suivre à un confrère.",
        ],
    ),
];

/// Deterministic answers to the `n`-th demo post among `people` possible answerers.
pub fn responses(n: usize, people: usize, kind: &str) -> Responses {
    let mut out = Responses { reactions: Vec::new(), comments: Vec::new() };
    if people < 8 {
        return out;
    }
    let mut seen = std::collections::HashSet::new();
    for k in 0..(n * 7 % 6) {
        let person = (n * 7 + k * 13) % people;
        if seen.insert(person) {
            let kind = if k % 3 == 2 { ReactionKind::Interested } else { ReactionKind::Like };
            out.reactions.push((person, kind));
        }
    }
    if n.is_multiple_of(3) {
        let texts = COMMENTS.iter().find(|(k, _)| *k == kind).map_or(&COMMENTS[2].1, |(_, t)| t);
        for (k, text) in texts.iter().take(1 + n % 2).enumerate() {
            out.comments.push(((n * 11 + 5 + k * 3) % people, *text));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_feed_has_every_kind_and_the_town_halls_posts() {
        let names: Vec<String> = (0..60).map(|i| format!("Entreprise {i}")).collect();
        let posts = generate(&names, 5);
        assert_eq!(posts.len(), 60 * 5 + official().len());
        for kind in PostKind::ALL {
            assert!(posts.iter().any(|p| p.kind == kind), "{kind:?}");
        }
        assert!(posts.iter().any(|p| p.company.is_none() && p.pinned));
        assert!(posts.iter().any(|p| p.expires_in.is_some_and(|d| d < 0)), "some have expired");
        assert!(posts.iter().any(|p| p.visibility == PostVisibility::Connections));
        assert!(
            posts.iter().all(|p| p.title.chars().count() <= crate::domain::post::TITLE_MAX_CHARS)
        );
    }
}
