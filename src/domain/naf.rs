//! NAF rév. 2, the French classification of activities (national version of NACE Rev. 2): its 21
//! sections and 88 divisions ship with the app. Subclass ("APE") codes are checked for shape and
//! division only: the 732 subclasses are INSEE's business, not ours.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A section (A to U): a contiguous run of divisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NafSection {
    pub code: char,
    pub label_fr: &'static str,
    pub label_en: &'static str,
    pub first_division: u8,
    pub last_division: u8,
}

impl NafSection {
    pub fn contains(&self, division: u8) -> bool {
        (self.first_division..=self.last_division).contains(&division)
    }

    pub fn divisions(&self) -> impl Iterator<Item = &'static NafDivision> + use<> {
        let (first, last) = (self.first_division, self.last_division);
        all_divisions().iter().filter(move |d| (first..=last).contains(&d.code))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NafDivision {
    pub code: u8,
    pub label_fr: &'static str,
}

pub const SECTIONS: [NafSection; 21] = [
    NafSection {
        code: 'A',
        label_fr: "Agriculture, sylviculture et pêche",
        label_en: "Agriculture, forestry and fishing",
        first_division: 1,
        last_division: 3,
    },
    NafSection {
        code: 'B',
        label_fr: "Industries extractives",
        label_en: "Mining and quarrying",
        first_division: 5,
        last_division: 9,
    },
    NafSection {
        code: 'C',
        label_fr: "Industrie manufacturière",
        label_en: "Manufacturing",
        first_division: 10,
        last_division: 33,
    },
    NafSection {
        code: 'D',
        label_fr: "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné",
        label_en: "Electricity, gas, steam and air conditioning supply",
        first_division: 35,
        last_division: 35,
    },
    NafSection {
        code: 'E',
        label_fr: "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution",
        label_en: "Water supply; sewerage, waste management and remediation activities",
        first_division: 36,
        last_division: 39,
    },
    NafSection {
        code: 'F',
        label_fr: "Construction",
        label_en: "Construction",
        first_division: 41,
        last_division: 43,
    },
    NafSection {
        code: 'G',
        label_fr: "Commerce ; réparation d'automobiles et de motocycles",
        label_en: "Wholesale and retail trade; repair of motor vehicles and motorcycles",
        first_division: 45,
        last_division: 47,
    },
    NafSection {
        code: 'H',
        label_fr: "Transports et entreposage",
        label_en: "Transportation and storage",
        first_division: 49,
        last_division: 53,
    },
    NafSection {
        code: 'I',
        label_fr: "Hébergement et restauration",
        label_en: "Accommodation and food service activities",
        first_division: 55,
        last_division: 56,
    },
    NafSection {
        code: 'J',
        label_fr: "Information et communication",
        label_en: "Information and communication",
        first_division: 58,
        last_division: 63,
    },
    NafSection {
        code: 'K',
        label_fr: "Activités financières et d'assurance",
        label_en: "Financial and insurance activities",
        first_division: 64,
        last_division: 66,
    },
    NafSection {
        code: 'L',
        label_fr: "Activités immobilières",
        label_en: "Real estate activities",
        first_division: 68,
        last_division: 68,
    },
    NafSection {
        code: 'M',
        label_fr: "Activités spécialisées, scientifiques et techniques",
        label_en: "Professional, scientific and technical activities",
        first_division: 69,
        last_division: 75,
    },
    NafSection {
        code: 'N',
        label_fr: "Activités de services administratifs et de soutien",
        label_en: "Administrative and support service activities",
        first_division: 77,
        last_division: 82,
    },
    NafSection {
        code: 'O',
        label_fr: "Administration publique",
        label_en: "Public administration and defence; compulsory social security",
        first_division: 84,
        last_division: 84,
    },
    NafSection {
        code: 'P',
        label_fr: "Enseignement",
        label_en: "Education",
        first_division: 85,
        last_division: 85,
    },
    NafSection {
        code: 'Q',
        label_fr: "Santé humaine et action sociale",
        label_en: "Human health and social work activities",
        first_division: 86,
        last_division: 88,
    },
    NafSection {
        code: 'R',
        label_fr: "Arts, spectacles et activités récréatives",
        label_en: "Arts, entertainment and recreation",
        first_division: 90,
        last_division: 93,
    },
    NafSection {
        code: 'S',
        label_fr: "Autres activités de services",
        label_en: "Other service activities",
        first_division: 94,
        last_division: 96,
    },
    NafSection {
        code: 'T',
        label_fr: "Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre",
        label_en: "Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use",
        first_division: 97,
        last_division: 98,
    },
    NafSection {
        code: 'U',
        label_fr: "Activités extra-territoriales",
        label_en: "Activities of extraterritorial organisations and bodies",
        first_division: 99,
        last_division: 99,
    },
];

pub const DIVISIONS: [NafDivision; 88] = [
    NafDivision { code: 1, label_fr: "Culture et production animale, chasse et services annexes" },
    NafDivision { code: 2, label_fr: "Sylviculture et exploitation forestière" },
    NafDivision { code: 3, label_fr: "Pêche et aquaculture" },
    NafDivision { code: 5, label_fr: "Extraction de houille et de lignite" },
    NafDivision { code: 6, label_fr: "Extraction d'hydrocarbures" },
    NafDivision { code: 7, label_fr: "Extraction de minerais métalliques" },
    NafDivision { code: 8, label_fr: "Autres industries extractives" },
    NafDivision { code: 9, label_fr: "Services de soutien aux industries extractives" },
    NafDivision { code: 10, label_fr: "Industries alimentaires" },
    NafDivision { code: 11, label_fr: "Fabrication de boissons" },
    NafDivision { code: 12, label_fr: "Fabrication de produits à base de tabac" },
    NafDivision { code: 13, label_fr: "Fabrication de textiles" },
    NafDivision { code: 14, label_fr: "Industrie de l'habillement" },
    NafDivision { code: 15, label_fr: "Industrie du cuir et de la chaussure" },
    NafDivision {
        code: 16,
        label_fr: "Travail du bois et fabrication d'articles en bois et en liège, à l'exception des meubles ; fabrication d'articles en vannerie et sparterie",
    },
    NafDivision { code: 17, label_fr: "Industrie du papier et du carton" },
    NafDivision { code: 18, label_fr: "Imprimerie et reproduction d'enregistrements" },
    NafDivision { code: 19, label_fr: "Cokéfaction et raffinage" },
    NafDivision { code: 20, label_fr: "Industrie chimique" },
    NafDivision { code: 21, label_fr: "Industrie pharmaceutique" },
    NafDivision { code: 22, label_fr: "Fabrication de produits en caoutchouc et en plastique" },
    NafDivision { code: 23, label_fr: "Fabrication d'autres produits minéraux non métalliques" },
    NafDivision { code: 24, label_fr: "Métallurgie" },
    NafDivision {
        code: 25,
        label_fr: "Fabrication de produits métalliques, à l'exception des machines et des équipements",
    },
    NafDivision {
        code: 26,
        label_fr: "Fabrication de produits informatiques, électroniques et optiques",
    },
    NafDivision { code: 27, label_fr: "Fabrication d'équipements électriques" },
    NafDivision { code: 28, label_fr: "Fabrication de machines et équipements n.c.a." },
    NafDivision { code: 29, label_fr: "Industrie automobile" },
    NafDivision { code: 30, label_fr: "Fabrication d'autres matériels de transport" },
    NafDivision { code: 31, label_fr: "Fabrication de meubles" },
    NafDivision { code: 32, label_fr: "Autres industries manufacturières" },
    NafDivision { code: 33, label_fr: "Réparation et installation de machines et d'équipements" },
    NafDivision {
        code: 35,
        label_fr: "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné",
    },
    NafDivision { code: 36, label_fr: "Captage, traitement et distribution d'eau" },
    NafDivision { code: 37, label_fr: "Collecte et traitement des eaux usées" },
    NafDivision {
        code: 38,
        label_fr: "Collecte, traitement et élimination des déchets ; récupération",
    },
    NafDivision { code: 39, label_fr: "Dépollution et autres services de gestion des déchets" },
    NafDivision { code: 41, label_fr: "Construction de bâtiments" },
    NafDivision { code: 42, label_fr: "Génie civil" },
    NafDivision { code: 43, label_fr: "Travaux de construction spécialisés" },
    NafDivision { code: 45, label_fr: "Commerce et réparation d'automobiles et de motocycles" },
    NafDivision {
        code: 46,
        label_fr: "Commerce de gros, à l'exception des automobiles et des motocycles",
    },
    NafDivision {
        code: 47,
        label_fr: "Commerce de détail, à l'exception des automobiles et des motocycles",
    },
    NafDivision { code: 49, label_fr: "Transports terrestres et transport par conduites" },
    NafDivision { code: 50, label_fr: "Transports par eau" },
    NafDivision { code: 51, label_fr: "Transports aériens" },
    NafDivision { code: 52, label_fr: "Entreposage et services auxiliaires des transports" },
    NafDivision { code: 53, label_fr: "Activités de poste et de courrier" },
    NafDivision { code: 55, label_fr: "Hébergement" },
    NafDivision { code: 56, label_fr: "Restauration" },
    NafDivision { code: 58, label_fr: "Édition" },
    NafDivision {
        code: 59,
        label_fr: "Production de films cinématographiques, de vidéo et de programmes de télévision ; enregistrement sonore et édition musicale",
    },
    NafDivision { code: 60, label_fr: "Programmation et diffusion" },
    NafDivision { code: 61, label_fr: "Télécommunications" },
    NafDivision { code: 62, label_fr: "Programmation, conseil et autres activités informatiques" },
    NafDivision { code: 63, label_fr: "Services d'information" },
    NafDivision {
        code: 64,
        label_fr: "Activités des services financiers, hors assurance et caisses de retraite",
    },
    NafDivision { code: 65, label_fr: "Assurance" },
    NafDivision {
        code: 66,
        label_fr: "Activités auxiliaires de services financiers et d'assurance",
    },
    NafDivision { code: 68, label_fr: "Activités immobilières" },
    NafDivision { code: 69, label_fr: "Activités juridiques et comptables" },
    NafDivision { code: 70, label_fr: "Activités des sièges sociaux ; conseil de gestion" },
    NafDivision {
        code: 71,
        label_fr: "Activités d'architecture et d'ingénierie ; activités de contrôle et analyses techniques",
    },
    NafDivision { code: 72, label_fr: "Recherche-développement scientifique" },
    NafDivision { code: 73, label_fr: "Publicité et études de marché" },
    NafDivision {
        code: 74,
        label_fr: "Autres activités spécialisées, scientifiques et techniques",
    },
    NafDivision { code: 75, label_fr: "Activités vétérinaires" },
    NafDivision { code: 77, label_fr: "Activités de location et location-bail" },
    NafDivision { code: 78, label_fr: "Activités liées à l'emploi" },
    NafDivision {
        code: 79,
        label_fr: "Activités des agences de voyage, voyagistes, services de réservation et activités connexes",
    },
    NafDivision { code: 80, label_fr: "Enquêtes et sécurité" },
    NafDivision { code: 81, label_fr: "Services relatifs aux bâtiments et aménagement paysager" },
    NafDivision {
        code: 82,
        label_fr: "Activités administratives et autres activités de soutien aux entreprises",
    },
    NafDivision {
        code: 84,
        label_fr: "Administration publique et défense ; sécurité sociale obligatoire",
    },
    NafDivision { code: 85, label_fr: "Enseignement" },
    NafDivision { code: 86, label_fr: "Activités pour la santé humaine" },
    NafDivision { code: 87, label_fr: "Hébergement médico-social et social" },
    NafDivision { code: 88, label_fr: "Action sociale sans hébergement" },
    NafDivision { code: 90, label_fr: "Activités créatives, artistiques et de spectacle" },
    NafDivision {
        code: 91,
        label_fr: "Bibliothèques, archives, musées et autres activités culturelles",
    },
    NafDivision { code: 92, label_fr: "Organisation de jeux de hasard et d'argent" },
    NafDivision { code: 93, label_fr: "Activités sportives, récréatives et de loisirs" },
    NafDivision { code: 94, label_fr: "Activités des organisations associatives" },
    NafDivision {
        code: 95,
        label_fr: "Réparation d'ordinateurs et de biens personnels et domestiques",
    },
    NafDivision { code: 96, label_fr: "Autres services personnels" },
    NafDivision {
        code: 97,
        label_fr: "Activités des ménages en tant qu'employeurs de personnel domestique",
    },
    NafDivision {
        code: 98,
        label_fr: "Activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre",
    },
    NafDivision {
        code: 99,
        label_fr: "Activités des organisations et organismes extraterritoriaux",
    },
];

// Borrowing the consts through these gives references that outlive the call.
fn all_sections() -> &'static [NafSection] {
    &SECTIONS
}

fn all_divisions() -> &'static [NafDivision] {
    &DIVISIONS
}

pub fn section(code: char) -> Option<&'static NafSection> {
    all_sections().iter().find(|s| s.code == code)
}

pub fn division(code: u8) -> Option<&'static NafDivision> {
    all_divisions().iter().find(|d| d.code == code)
}

/// The section of a division that exists; `None` for the gaps in the numbering (4, 34, 40...).
pub fn section_of_division(code: u8) -> Option<&'static NafSection> {
    division(code)?;
    all_sections().iter().find(|s| s.contains(code))
}

/// A NAF rév. 2 subclass code (the "code APE"), always held in its normalised form `62.01Z`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct NafCode(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NafCodeError {
    Empty,
    Format,
    UnknownDivision,
}

impl NafCode {
    /// Accepts `62.01Z`, `6201Z` and a lowercase final letter, surrounded by whitespace or not.
    pub fn parse(input: &str) -> Result<Self, NafCodeError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(NafCodeError::Empty);
        }
        let (digits, letter) = match trimmed.as_bytes() {
            &[a, b, b'.', c, d, letter] | &[a, b, c, d, letter] => ([a, b, c, d], letter),
            _ => return Err(NafCodeError::Format),
        };
        if !digits.iter().all(u8::is_ascii_digit) || !letter.is_ascii_alphabetic() {
            return Err(NafCodeError::Format);
        }
        let division_code = (digits[0] - b'0') * 10 + (digits[1] - b'0');
        if division(division_code).is_none() {
            return Err(NafCodeError::UnknownDivision);
        }
        let normalised: String = [
            char::from(digits[0]),
            char::from(digits[1]),
            '.',
            char::from(digits[2]),
            char::from(digits[3]),
            char::from(letter.to_ascii_uppercase()),
        ]
        .iter()
        .collect();
        Ok(Self(normalised))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn division(&self) -> u8 {
        let digits = self.0.as_bytes();
        (digits[0] - b'0') * 10 + (digits[1] - b'0')
    }

    pub fn section(&self) -> &'static NafSection {
        section_of_division(self.division()).expect("a parsed NAF code has a known division")
    }
}

impl fmt::Display for NafCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for NafCode {
    type Err = NafCodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for NafCode {
    type Error = NafCodeError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<NafCode> for String {
    fn from(code: NafCode) -> Self {
        code.0
    }
}

impl fmt::Display for NafCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Empty => "code NAF manquant",
            Self::Format => "code NAF mal formé (exemple attendu : 62.01Z)",
            Self::UnknownDivision => "division NAF inconnue",
        })
    }
}

impl std::error::Error for NafCodeError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_run_from_a_to_u_in_order() {
        let letters: String = SECTIONS.iter().map(|s| s.code).collect();
        assert_eq!(letters, "ABCDEFGHIJKLMNOPQRSTU");
        for s in &SECTIONS {
            assert!(!s.label_fr.is_empty() && !s.label_en.is_empty(), "{}", s.code);
            assert!(s.first_division <= s.last_division, "{}", s.code);
        }
    }

    #[test]
    fn there_are_88_divisions_with_the_official_codes() {
        assert_eq!(DIVISIONS.len(), 88);
        let expected: Vec<u8> =
            [1..=3, 5..=9, 10..=33, 35..=35, 36..=39, 41..=43, 45..=47, 49..=53]
                .into_iter()
                .chain([55..=56, 58..=63, 64..=66, 68..=68, 69..=75, 77..=82, 84..=84, 85..=85])
                .chain([86..=88, 90..=93, 94..=96, 97..=98, 99..=99])
                .flatten()
                .collect();
        let actual: Vec<u8> = DIVISIONS.iter().map(|d| d.code).collect();
        assert_eq!(actual, expected);
        for pair in DIVISIONS.windows(2) {
            assert!(pair[0].code < pair[1].code, "{} then {}", pair[0].code, pair[1].code);
        }
        for d in &DIVISIONS {
            assert!(!d.label_fr.is_empty() && d.label_fr.trim() == d.label_fr, "{}", d.code);
        }
    }

    #[test]
    fn every_division_belongs_to_exactly_one_section() {
        for d in &DIVISIONS {
            let owners = SECTIONS.iter().filter(|s| s.contains(d.code)).count();
            assert_eq!(owners, 1, "division {}", d.code);
        }
        for s in &SECTIONS {
            assert!(division(s.first_division).is_some(), "{} starts on a gap", s.code);
            assert!(division(s.last_division).is_some(), "{} ends on a gap", s.code);
            assert!(s.divisions().count() >= 1, "{} is empty", s.code);
        }
        let counted: usize = SECTIONS.iter().map(|s| s.divisions().count()).sum();
        assert_eq!(counted, 88);
    }

    #[test]
    fn section_ranges_do_not_overlap() {
        for pair in SECTIONS.windows(2) {
            assert!(
                pair[0].last_division < pair[1].first_division,
                "{} / {}",
                pair[0].code,
                pair[1].code
            );
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(section('J').map(|s| s.label_fr), Some("Information et communication"));
        assert_eq!(section('C').map(|s| s.label_en), Some("Manufacturing"));
        assert_eq!(section('V'), None);
        assert_eq!(section('a'), None);
        assert_eq!(
            division(1).map(|d| d.label_fr),
            Some("Culture et production animale, chasse et services annexes")
        );
        assert_eq!(
            division(99).map(|d| d.label_fr),
            Some("Activités des organisations et organismes extraterritoriaux")
        );
        assert_eq!(division(0), None);
        assert_eq!(division(4), None);
        assert_eq!(division(100), None);
        assert_eq!(section_of_division(62).map(|s| s.code), Some('J'));
        assert_eq!(section_of_division(43).map(|s| s.code), Some('F'));
        assert_eq!(section_of_division(35).map(|s| s.code), Some('D'));
        assert_eq!(section_of_division(99).map(|s| s.code), Some('U'));
        assert_eq!(section_of_division(34), None);
        assert_eq!(section_of_division(76), None);
    }

    #[test]
    fn valid_codes_are_normalised() {
        for (input, expected) in [
            ("62.01Z", "62.01Z"),
            ("6201z", "62.01Z"),
            (" 47.11F ", "47.11F"),
            ("\t10.71c\n", "10.71C"),
            ("01.11Z", "01.11Z"),
            ("9900Z", "99.00Z"),
        ] {
            let code = NafCode::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e:?}"));
            assert_eq!(code.as_str(), expected);
            assert_eq!(code.to_string(), expected);
        }
        let code = NafCode::parse("43.22A").unwrap();
        assert_eq!(code.division(), 43);
        assert_eq!(code.section().code, 'F');
        assert_eq!(NafCode::parse("01.11Z").unwrap().division(), 1);
        assert_eq!("62.02a".parse::<NafCode>(), NafCode::parse("62.02A"));
    }

    #[test]
    fn invalid_codes_are_refused() {
        for (input, expected) in [
            ("", NafCodeError::Empty),
            ("   ", NafCodeError::Empty),
            ("62.01", NafCodeError::Format),
            ("62-01Z", NafCodeError::Format),
            ("4711FF", NafCodeError::Format),
            ("62.01ZZ", NafCodeError::Format),
            ("6.201Z", NafCodeError::Format),
            ("62.0AZ", NafCodeError::Format),
            ("62.011", NafCodeError::Format),
            ("62 01Z", NafCodeError::Format),
            ("62.01É", NafCodeError::Format),
            ("00.00A", NafCodeError::UnknownDivision),
            ("04.11A", NafCodeError::UnknownDivision),
            ("34.00Z", NafCodeError::UnknownDivision),
        ] {
            assert_eq!(NafCode::parse(input), Err(expected), "{input:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn every_code_of_a_known_division_parses_to_its_canonical_form(
            at in 0usize..88,
            rest in "[0-9]{2}",
            letter in "[A-Za-z]",
            dotted in proptest::bool::ANY,
            pad in "[ \t]{0,2}",
        ) {
            let division = DIVISIONS[at].code;
            let input = format!("{pad}{division:02}{}{rest}{letter}{pad}", if dotted { "." } else { "" });
            let code = NafCode::parse(&input).unwrap();
            let canonical = format!("{division:02}.{rest}{}", letter.to_ascii_uppercase());
            proptest::prop_assert_eq!(code.as_str(), canonical.as_str());
            proptest::prop_assert_eq!(code.division(), division);
            proptest::prop_assert!(code.section().contains(division));
            proptest::prop_assert_eq!(NafCode::parse(code.as_str()), Ok(code));
        }

        #[test]
        fn arbitrary_text_parses_only_to_a_canonical_code(raw in "\\PC{0,12}") {
            if let Ok(code) = NafCode::parse(&raw) {
                let text = code.as_str();
                proptest::prop_assert_eq!(text.len(), 6);
                proptest::prop_assert_eq!(&text[2..3], ".");
                proptest::prop_assert!(text[..2].bytes().chain(text[3..5].bytes()).all(|b| b.is_ascii_digit()));
                proptest::prop_assert!(text.as_bytes()[5].is_ascii_uppercase());
                proptest::prop_assert!(division(code.division()).is_some());
            }
        }

        #[test]
        fn unknown_divisions_are_refused(
            division in proptest::sample::select((0u8..100).filter(|d| super::division(*d).is_none()).collect::<Vec<_>>()),
            rest in "[0-9]{2}[A-Z]",
        ) {
            proptest::prop_assert_eq!(
                NafCode::parse(&format!("{division:02}.{rest}")),
                Err(NafCodeError::UnknownDivision)
            );
        }
    }

    #[test]
    fn converts_to_and_from_strings_as_serde_does() {
        let code = NafCode::try_from(String::from("8690e")).unwrap();
        assert_eq!(String::from(code), "86.90E");
        assert_eq!(NafCode::try_from(String::from("86.90")), Err(NafCodeError::Format));
        assert!(!NafCodeError::UnknownDivision.to_string().is_empty());
    }
}
