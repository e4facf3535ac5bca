//! The guided tours as data: one tour per situation a person can be in, each a list of steps that
//! say what one can do here and, through the permission policy, what one cannot do yet and how to
//! unlock it. The server stores only the ids listed here; the town hall may rewrite the texts,
//! reorder and switch steps off, but not invent new ones.

use serde::{Deserialize, Serialize};

use crate::domain::{
    company::CompanyStatus,
    permissions::{Capability, CompanyAction},
};

/// Where someone stands on the network, which decides the tour they get.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    /// Not signed in.
    Visitor,
    /// Signed in, part of no company yet.
    Newcomer,
    /// Part of companies, none approved yet.
    Pending,
    /// Part of an approved company.
    Company,
    /// Town-hall staff.
    Admin,
}

impl Situation {
    pub const ALL: [Situation; 5] = [
        Situation::Visitor,
        Situation::Newcomer,
        Situation::Pending,
        Situation::Company,
        Situation::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Visitor => "visitor",
            Self::Newcomer => "newcomer",
            Self::Pending => "pending",
            Self::Company => "company",
            Self::Admin => "admin",
        }
    }

    pub fn parse(raw: &str) -> Option<Situation> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// Decides the situation from the account and the statuses of the person's companies.
    pub fn of(signed_in: bool, admin: bool, companies: &[CompanyStatus]) -> Situation {
        if !signed_in {
            Situation::Visitor
        } else if admin {
            Situation::Admin
        } else if companies.contains(&CompanyStatus::Approved) {
            Situation::Company
        } else if companies
            .iter()
            .any(|s| matches!(s, CompanyStatus::Pending | CompanyStatus::Rejected))
        {
            Situation::Pending
        } else {
            Situation::Newcomer
        }
    }

    pub fn label(self, french: bool) -> &'static str {
        match (self, french) {
            (Self::Visitor, true) => "Visiteur sans compte",
            (Self::Visitor, false) => "Visitor without an account",
            (Self::Newcomer, true) => "Nouveau membre, sans entreprise",
            (Self::Newcomer, false) => "New member without a company",
            (Self::Pending, true) => "Entreprise en attente de validation",
            (Self::Pending, false) => "Company awaiting approval",
            (Self::Company, true) => "Entreprise validée",
            (Self::Company, false) => "Approved company",
            (Self::Admin, true) => "Agent de la mairie",
            (Self::Admin, false) => "Town hall staff",
        }
    }
}

/// The page a step belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepRoute {
    /// A fixed address.
    Page(&'static str),
    /// The page of the person's own company, with this suffix (`""`, `/equipe`).
    MyCompany(&'static str),
}

/// Which side of its target a tooltip prefers; it flips when there is no room.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Placement {
    Top,
    Bottom,
    Left,
    Right,
}

/// The action a step is about, checked against the policy for the person taking the tour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Gate {
    Capability(Capability),
    Company(CompanyAction),
}

/// One step of a tour, with its default texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepDef {
    pub id: &'static str,
    pub route: StepRoute,
    /// The `data-tour` anchor it points at; `None` for a centred step.
    pub target: Option<&'static str>,
    pub placement: Placement,
    pub gate: Option<Gate>,
    pub title_fr: &'static str,
    pub title_en: &'static str,
    pub body_fr: &'static str,
    pub body_en: &'static str,
}

pub struct TourDef {
    pub situation: Situation,
    pub steps: &'static [StepDef],
}

/// Every anchor a step may point at, by page: what the server-rendered page must contain. Tests
/// render each page and check them; the town hall's step editor offers only these.
pub const ANCHORS: &[(&str, &[&str])] = &[
    ("/", &["nav-directory", "help-menu", "sign-up", "home-figures"]),
    ("/entreprises", &["nav-directory", "help-menu", "directory-search", "sign-up"]),
    ("/mes-entreprises", &["help-menu", "nav-my-companies", "my-companies-register"]),
    ("/compte", &["help-menu", "account-profile", "nav-my-companies"]),
    ("/reseau", &["help-menu", "nav-network", "network-title"]),
    ("/fil", &["help-menu", "nav-feed", "feed-title", "feed-publish", "feed-kinds"]),
    ("my-company", &["help-menu", "company-header", "company-edit", "company-team"]),
    ("my-company-pending", &["company-pending", "company-publish"]),
    ("my-company/equipe", &["help-menu", "team-members", "team-invite"]),
    ("/admin/entreprises", &["help-menu", "nav-admin", "admin-nav", "admin-queue"]),
    ("/admin/visites", &["help-menu", "admin-nav", "admin-tours"]),
];

const fn step(
    id: &'static str,
    route: StepRoute,
    target: Option<&'static str>,
    placement: Placement,
    gate: Option<Gate>,
    title: (&'static str, &'static str),
    body: (&'static str, &'static str),
) -> StepDef {
    StepDef {
        id,
        route,
        target,
        placement,
        gate,
        title_fr: title.0,
        title_en: title.1,
        body_fr: body.0,
        body_en: body.1,
    }
}

use Placement::*;
use StepRoute::*;

const HELP_FR: &str = "Cette visite, la visite de la page où vous êtes et le guide complet sont toujours dans le menu « Aide ». Les petits « ? » à côté des champs et les boutons grisés expliquent aussi ce que vous pouvez faire, et pourquoi certaines actions ne sont pas encore possibles.";
const HELP_EN: &str = "This tour, a tour of the page you are on and the full guide are always in the “Help” menu. The small “?” next to fields and the greyed-out buttons also explain what you can do, and why some actions are not possible yet.";

pub const VISITOR: &[StepDef] = &[
    step(
        "visitor.welcome",
        Page("/"),
        None,
        Bottom,
        None,
        ("Bienvenue sur le réseau des entreprises", "Welcome to the business network"),
        (
            "Ici, les entreprises de la commune se présentent, se mettent en relation et publient leurs annonces ; la mairie y anime le réseau. Cette visite vous montre ce que vous pouvez faire sans compte, et ce qu'un compte vous ouvre.",
            "Here the town's companies present themselves, connect and publish announcements; the town hall runs the network. This tour shows what you can do without an account, and what an account opens up.",
        ),
    ),
    step(
        "visitor.figures",
        Page("/"),
        Some("home-figures"),
        Top,
        None,
        ("Le réseau en chiffres", "The network in figures"),
        (
            "Combien d'entreprises de la commune sont déjà inscrites, par secteur et par zone d'activité.",
            "How many of the town's companies have joined, by sector and by business park.",
        ),
    ),
    step(
        "visitor.directory",
        Page("/entreprises"),
        Some("directory-search"),
        Bottom,
        None,
        ("Cherchez une entreprise", "Look up a company"),
        (
            "Cherchez par nom, activité ou zone d'activité ; les filtres restent dans l'adresse, vous pouvez la partager. Sans compte, vous voyez le nom, le secteur et la zone de chaque entreprise.",
            "Search by name, activity or business park; filters stay in the address, so you can share it. Without an account you see each company's name, sector and park.",
        ),
    ),
    step(
        "visitor.sign_up",
        Page("/entreprises"),
        Some("sign-up"),
        Bottom,
        Some(Gate::Capability(Capability::RegisterCompany)),
        ("Créez votre compte", "Create your account"),
        (
            "Avec un compte, vous voyez les coordonnées et les équipes des entreprises, vous inscrivez la vôtre ou rejoignez celle de vos collègues.",
            "With an account you see companies' contact details and teams, and you register yours or join your colleagues'.",
        ),
    ),
    step(
        "visitor.help",
        Page("/entreprises"),
        Some("help-menu"),
        Bottom,
        None,
        ("L'aide reste à portée de main", "Help stays at hand"),
        (HELP_FR, HELP_EN),
    ),
];

pub const NEWCOMER: &[StepDef] = &[
    step(
        "newcomer.welcome",
        Page("/mes-entreprises"),
        None,
        Bottom,
        None,
        ("Bienvenue ! Rattachez-vous à votre entreprise", "Welcome! Link up with your company"),
        (
            "Sur le réseau, c'est l'entreprise qui se présente, publie et se met en relation. Première étape : inscrire la vôtre, ou rejoindre celle où vous travaillez.",
            "On the network, companies present themselves, publish and connect. First step: register yours, or join the one you work for.",
        ),
    ),
    step(
        "newcomer.register",
        Page("/mes-entreprises"),
        Some("my-companies-register"),
        Bottom,
        Some(Gate::Capability(Capability::RegisterCompany)),
        ("Inscrivez votre entreprise", "Register your company"),
        (
            "Indiquez son SIRET et son code NAF : la mairie vérifie qu'elle est bien dans la commune avant de l'ajouter à l'annuaire. Vous en serez le responsable.",
            "Enter its SIRET and NAF code: the town hall checks it is in town before adding it to the directory. You will be its owner.",
        ),
    ),
    step(
        "newcomer.find",
        Page("/entreprises"),
        Some("directory-search"),
        Bottom,
        None,
        ("Elle est peut-être déjà là", "It may already be here"),
        (
            "Cherchez votre entreprise : si la mairie lui a créé une page, revendiquez-la ; si un collègue l'a inscrite, demandez à rejoindre son équipe.",
            "Look your company up: if the town hall created its page, claim it; if a colleague registered it, ask to join its team.",
        ),
    ),
    step(
        "newcomer.profile",
        Page("/compte"),
        Some("account-profile"),
        Top,
        None,
        ("Présentez-vous", "Introduce yourself"),
        (
            "Votre fonction, quelques mots et une photo aident les autres entreprises à savoir à qui elles s'adressent. Votre profil n'est visible que des membres, sauf si vous le rendez public.",
            "Your job title, a few words and a photo help other companies know who they are talking to. Your profile is visible to members only, unless you make it public.",
        ),
    ),
    step(
        "newcomer.help",
        Page("/compte"),
        Some("help-menu"),
        Bottom,
        None,
        ("L'aide reste à portée de main", "Help stays at hand"),
        (HELP_FR, HELP_EN),
    ),
];

pub const PENDING: &[StepDef] = &[
    step(
        "pending.welcome",
        MyCompany(""),
        None,
        Bottom,
        None,
        ("Votre entreprise attend la mairie", "Your company is waiting for the town hall"),
        (
            "La mairie vérifie chaque inscription, en général sous quelques jours. Voici ce que vous pouvez déjà faire, et ce qui s'ouvrira après la validation.",
            "The town hall checks every registration, usually within a few days. Here is what you can already do, and what opens after approval.",
        ),
    ),
    step(
        "pending.status",
        MyCompany(""),
        Some("company-pending"),
        Bottom,
        None,
        ("En attente de validation", "Awaiting approval"),
        (
            "Tant que la page n'est pas validée, elle n'apparaît pas dans l'annuaire. Vous recevrez un e-mail dès que la mairie aura décidé.",
            "Until the page is approved, it is not in the directory. You will receive an e-mail as soon as the town hall has decided.",
        ),
    ),
    step(
        "pending.publish",
        MyCompany(""),
        Some("company-publish"),
        Bottom,
        Some(Gate::Company(CompanyAction::Publish)),
        ("Publier viendra ensuite", "Publishing comes next"),
        (
            "Annonces, offres d'emploi, événements et mises en relation se font au nom d'une entreprise validée.",
            "Announcements, job offers, events and connections are made in the name of an approved company.",
        ),
    ),
    step(
        "pending.edit",
        MyCompany(""),
        Some("company-edit"),
        Bottom,
        Some(Gate::Company(CompanyAction::Edit)),
        ("Complétez la page en attendant", "Complete the page meanwhile"),
        (
            "Présentation, coordonnées, logo : une page complète se lit mieux, et aide la mairie à vérifier votre inscription.",
            "Presentation, contact details, logo: a complete page reads better, and helps the town hall check your registration.",
        ),
    ),
    step(
        "pending.team",
        MyCompany(""),
        Some("company-team"),
        Bottom,
        Some(Gate::Company(CompanyAction::ManageTeam)),
        ("Invitez vos collègues", "Invite your colleagues"),
        (
            "Depuis l'équipe, invitez vos collègues par e-mail et donnez-leur un rôle : éditeur pour modifier la page et publier, membre pour apparaître dans l'équipe.",
            "From the team page, invite colleagues by e-mail and give them a role: editor to edit the page and publish, member to appear in the team.",
        ),
    ),
    step(
        "pending.help",
        MyCompany(""),
        Some("help-menu"),
        Bottom,
        None,
        ("L'aide reste à portée de main", "Help stays at hand"),
        (HELP_FR, HELP_EN),
    ),
];

pub const COMPANY: &[StepDef] = &[
    step(
        "company.welcome",
        MyCompany(""),
        None,
        Bottom,
        None,
        ("Votre entreprise est sur le réseau", "Your company is on the network"),
        (
            "La mairie a validé votre entreprise : elle figure dans l'annuaire. Voici comment la faire vivre.",
            "The town hall approved your company: it is in the directory. Here is how to bring it to life.",
        ),
    ),
    step(
        "company.page",
        MyCompany(""),
        Some("company-header"),
        Bottom,
        None,
        ("Votre page, telle que les autres la voient", "Your page, as others see it"),
        (
            "Les membres du réseau y trouvent votre activité, votre zone, vos coordonnées et votre équipe ; les visiteurs sans compte n'en voient que le nom, le secteur et la zone.",
            "Network members find your activity, park, contact details and team there; visitors without an account see only the name, sector and park.",
        ),
    ),
    step(
        "company.edit",
        MyCompany(""),
        Some("company-edit"),
        Bottom,
        Some(Gate::Company(CompanyAction::Edit)),
        ("Tenez-la à jour", "Keep it up to date"),
        (
            "Les responsables et éditeurs modifient la présentation, les coordonnées et le logo.",
            "Owners and editors change the presentation, contact details and logo.",
        ),
    ),
    step(
        "company.team",
        MyCompany("/equipe"),
        Some("team-invite"),
        Top,
        Some(Gate::Company(CompanyAction::ManageTeam)),
        ("Votre équipe", "Your team"),
        (
            "Invitez vos collègues par e-mail et choisissez leur rôle. Une entreprise garde toujours au moins un responsable.",
            "Invite colleagues by e-mail and choose their role. A company always keeps at least one owner.",
        ),
    ),
    step(
        "company.directory",
        Page("/entreprises"),
        Some("directory-search"),
        Bottom,
        None,
        ("Trouvez vos futurs partenaires", "Find your next partners"),
        (
            "Cherchez un fournisseur, un sous-traitant ou un client près de chez vous, par activité ou par zone d'activité.",
            "Look for a supplier, a subcontractor or a customer nearby, by activity or business park.",
        ),
    ),
    step(
        "company.network",
        Page("/reseau"),
        Some("network-title"),
        Bottom,
        Some(Gate::Company(CompanyAction::Connect)),
        ("Nouez des relations", "Build connections"),
        (
            "Depuis la page d'une entreprise, proposez-lui de vous mettre en relation. Ici, vous acceptez ou refusez les demandes reçues et retrouvez vos relations ; l'annuaire peut n'afficher qu'elles. Les responsables et éditeurs agissent au nom de l'entreprise.",
            "From a company's page, offer to connect with it. Here you accept or decline the requests you receive and find your connections; the directory can show only them. Owners and editors act on the company's behalf.",
        ),
    ),
    step(
        "company.feed",
        Page("/fil"),
        Some("feed-publish"),
        Bottom,
        Some(Gate::Company(CompanyAction::Publish)),
        ("Publiez vos annonces", "Publish your announcements"),
        (
            "Le fil réunit les annonces des entreprises et de la mairie. Publiez une actualité, ce que vous proposez, ce que vous recherchez ou une opportunité, pour tout le réseau ou pour vos seules relations. Une recherche ou une offre peut avoir une date de fin.",
            "The feed gathers the announcements of companies and of the town hall. Publish news, what you offer, what you are looking for or an opportunity, for the whole network or your connections only. A request or an offer can have an end date.",
        ),
    ),
    step(
        "company.help",
        Page("/fil"),
        Some("help-menu"),
        Bottom,
        None,
        ("L'aide reste à portée de main", "Help stays at hand"),
        (HELP_FR, HELP_EN),
    ),
];

pub const ADMIN: &[StepDef] = &[
    step(
        "admin.welcome",
        Page("/admin/entreprises"),
        None,
        Bottom,
        None,
        ("L'espace de la mairie", "The town hall's space"),
        (
            "D'ici, vous validez les entreprises, gérez les zones d'activité et suivez les e-mails envoyés par la plateforme.",
            "From here you approve companies, manage business parks and follow the e-mails the platform sends.",
        ),
    ),
    step(
        "admin.queue",
        Page("/admin/entreprises"),
        Some("admin-queue"),
        Top,
        Some(Gate::Capability(Capability::AdministerCompanies)),
        ("Les inscriptions à valider", "Registrations to approve"),
        (
            "Chaque inscription montre le contrôle du SIRET et les pages semblables. Validez-la, ou refusez-la en disant ce qu'il faut corriger : l'entreprise reçoit votre raison par e-mail.",
            "Each registration shows the SIRET check and similar pages. Approve it, or reject it saying what to correct: the company receives your reason by e-mail.",
        ),
    ),
    step(
        "admin.sections",
        Page("/admin/entreprises"),
        Some("admin-nav"),
        Bottom,
        None,
        ("Toutes les rubriques", "Every section"),
        (
            "Entreprises, zones d'activité, boîte d'envoi et visites guidées : le nombre à côté d'une rubrique dit ce qui attend une décision.",
            "Companies, business parks, outbox and guided tours: the number next to a section says what awaits a decision.",
        ),
    ),
    step(
        "admin.tours",
        Page("/admin/visites"),
        Some("admin-tours"),
        Top,
        None,
        ("Les visites guidées", "The guided tours"),
        (
            "Réécrivez les textes, changez l'ordre, désactivez une étape, essayez une visite comme la verrait un membre, et suivez jusqu'où vont les visiteurs.",
            "Rewrite the texts, change the order, switch a step off, try a tour as a member would see it, and follow how far people go.",
        ),
    ),
    step(
        "admin.help",
        Page("/admin/visites"),
        Some("help-menu"),
        Bottom,
        None,
        ("L'aide reste à portée de main", "Help stays at hand"),
        (HELP_FR, HELP_EN),
    ),
];

pub const TOURS: [TourDef; 5] = [
    TourDef { situation: Situation::Visitor, steps: VISITOR },
    TourDef { situation: Situation::Newcomer, steps: NEWCOMER },
    TourDef { situation: Situation::Pending, steps: PENDING },
    TourDef { situation: Situation::Company, steps: COMPANY },
    TourDef { situation: Situation::Admin, steps: ADMIN },
];

pub fn tour(situation: Situation) -> &'static [StepDef] {
    TOURS.iter().find(|t| t.situation == situation).map(|t| t.steps).unwrap_or(&[])
}

pub fn step_def(id: &str) -> Option<(Situation, &'static StepDef)> {
    TOURS.iter().find_map(|t| t.steps.iter().find(|s| s.id == id).map(|s| (t.situation, s)))
}

/// The key of `route` in [`ANCHORS`]; company pages depend on whose company it is.
pub fn anchor_page(route: StepRoute, situation: Situation) -> String {
    match route {
        StepRoute::Page(path) => path.to_string(),
        StepRoute::MyCompany("") if situation == Situation::Pending => "my-company-pending".into(),
        StepRoute::MyCompany(suffix) => format!("my-company{suffix}"),
    }
}

/// Whether `anchor` is known on the page of `route`.
pub fn anchor_exists(route: StepRoute, situation: Situation, anchor: &str) -> bool {
    let page = anchor_page(route, situation);
    let pages: &[&str] = if page == "my-company-pending" {
        &["my-company-pending", "my-company"]
    } else {
        &[page.as_str()]
    };
    ANCHORS.iter().any(|(p, anchors)| pages.contains(p) && anchors.contains(&anchor))
}

pub const TITLE_MAX_CHARS: usize = 120;
pub const BODY_MAX_CHARS: usize = 800;

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn step_ids_are_unique_and_name_their_tour() {
        let mut seen = HashSet::new();
        for tour in &TOURS {
            assert!(!tour.steps.is_empty(), "{:?}", tour.situation);
            for step in tour.steps {
                assert!(seen.insert(step.id), "duplicate {}", step.id);
                assert!(
                    step.id.starts_with(&format!("{}.", tour.situation.as_str())),
                    "{}",
                    step.id
                );
                assert!(step.id.len() <= 64 && step.id.is_ascii());
            }
        }
    }

    #[test]
    fn every_step_speaks_both_languages_within_limits() {
        for tour in &TOURS {
            for s in tour.steps {
                for text in [s.title_fr, s.title_en, s.body_fr, s.body_en] {
                    assert!(!text.trim().is_empty(), "{}", s.id);
                }
                assert!(s.title_fr.chars().count() <= TITLE_MAX_CHARS, "{}", s.id);
                assert!(s.title_en.chars().count() <= TITLE_MAX_CHARS, "{}", s.id);
                assert!(s.body_fr.chars().count() <= BODY_MAX_CHARS, "{}", s.id);
                assert!(s.body_en.chars().count() <= BODY_MAX_CHARS, "{}", s.id);
                assert_ne!(s.title_fr, s.title_en, "{} is translated", s.id);
            }
        }
    }

    #[test]
    fn every_target_is_a_known_anchor_of_its_page() {
        for tour in &TOURS {
            for s in tour.steps {
                if let Some(target) = s.target {
                    assert!(anchor_exists(s.route, tour.situation, target), "{}: {target}", s.id);
                }
            }
        }
    }

    #[test]
    fn every_route_is_a_page_of_the_app() {
        let known = [
            "/",
            "/entreprises",
            "/mes-entreprises",
            "/compte",
            "/reseau",
            "/fil",
            "/admin/entreprises",
            "/admin/visites",
        ];
        for tour in &TOURS {
            for s in tour.steps {
                match s.route {
                    StepRoute::Page(path) => assert!(known.contains(&path), "{}: {path}", s.id),
                    StepRoute::MyCompany(suffix) => {
                        assert!(["", "/equipe"].contains(&suffix), "{}", s.id)
                    }
                }
            }
            // A tour that points at someone's company is only for people who have one.
            let needs_company =
                tour.steps.iter().any(|s| matches!(s.route, StepRoute::MyCompany(_)));
            assert_eq!(
                needs_company,
                matches!(tour.situation, Situation::Pending | Situation::Company)
            );
        }
    }

    #[test]
    fn situations_follow_the_account_and_its_companies() {
        use CompanyStatus::*;
        assert_eq!(Situation::of(false, false, &[]), Situation::Visitor);
        assert_eq!(Situation::of(true, false, &[]), Situation::Newcomer);
        assert_eq!(Situation::of(true, false, &[Pending]), Situation::Pending);
        assert_eq!(Situation::of(true, false, &[Rejected]), Situation::Pending);
        assert_eq!(Situation::of(true, false, &[Pending, Approved]), Situation::Company);
        assert_eq!(Situation::of(true, false, &[Archived]), Situation::Newcomer);
        assert_eq!(Situation::of(true, true, &[Approved]), Situation::Admin);
        for s in Situation::ALL {
            assert_eq!(Situation::parse(s.as_str()), Some(s));
            assert_ne!(s.label(true), s.label(false));
        }
    }

    #[test]
    fn steps_are_found_by_id() {
        assert_eq!(step_def("pending.publish").map(|(s, _)| s), Some(Situation::Pending));
        assert!(step_def("pending.unknown").is_none());
        assert!(step_def("").is_none());
    }
}
