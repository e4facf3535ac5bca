//! Companies as the town registers them: SIRET and SIREN, legal forms, INSEE headcount bands, the
//! lifecycle of a company page and the roles of its people. Parsed the same way in the browser and
//! on the server.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The SIREN of La Poste, whose establishments are too many for the Luhn key: their SIRETs are
/// valid when the sum of their digits is a multiple of 5.
pub const LA_POSTE_SIREN: &str = "356000000";

/// A 14-digit establishment number (SIREN + NIC), checked and kept without spaces.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Siret(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SiretError {
    Empty,
    NotDigits,
    Length,
    SirenKey,
    Key,
}

impl SiretError {
    pub fn message(self, french: bool) -> &'static str {
        match (self, french) {
            (Self::Empty, true) => "Indiquez le numéro SIRET de l'établissement (14 chiffres).",
            (Self::Empty, false) => "Enter the SIRET number of the establishment (14 digits).",
            (Self::NotDigits, true) => {
                "Le SIRET ne contient que des chiffres (les espaces sont acceptés)."
            }
            (Self::NotDigits, false) => "A SIRET contains digits only (spaces are accepted).",
            (Self::Length, true) => "Le SIRET compte 14 chiffres : le SIREN (9) puis le NIC (5).",
            (Self::Length, false) => "A SIRET has 14 digits: the SIREN (9) then the NIC (5).",
            (Self::SirenKey, true) => {
                "Clé de contrôle du SIREN invalide : vérifiez les 9 premiers chiffres."
            }
            (Self::SirenKey, false) => "Invalid SIREN check key: check the first 9 digits.",
            (Self::Key, true) => "Clé de contrôle invalide : vérifiez les 14 chiffres du SIRET.",
            (Self::Key, false) => "Invalid check key: check the 14 digits of the SIRET.",
        }
    }
}

impl Siret {
    /// Accepts the digits with spaces, dots or non-breaking spaces between groups, as printed on
    /// invoices (`362 521 879 00034`).
    pub fn parse(raw: &str) -> Result<Siret, SiretError> {
        let compact: String = raw
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '.' && *c != '\u{a0}' && *c != '\u{202f}')
            .collect();
        if compact.is_empty() {
            return Err(SiretError::Empty);
        }
        if !compact.chars().all(|c| c.is_ascii_digit()) {
            return Err(SiretError::NotDigits);
        }
        if compact.len() != 14 {
            return Err(SiretError::Length);
        }
        let siren = &compact[..9];
        if siren == LA_POSTE_SIREN {
            let sum: u32 = compact.bytes().map(|b| u32::from(b - b'0')).sum();
            return if sum.is_multiple_of(5) { Ok(Siret(compact)) } else { Err(SiretError::Key) };
        }
        if !luhn_valid(siren) {
            return Err(SiretError::SirenKey);
        }
        if !luhn_valid(&compact) {
            return Err(SiretError::Key);
        }
        Ok(Siret(compact))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The company's SIREN: the first nine digits.
    pub fn siren(&self) -> &str {
        &self.0[..9]
    }

    /// `362 521 879 00034`: SIREN in groups of three, then the NIC.
    pub fn grouped(&self) -> String {
        let s = &self.0;
        format!("{} {} {} {}", &s[0..3], &s[3..6], &s[6..9], &s[9..14])
    }
}

impl fmt::Display for Siret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The Luhn check on a string of ASCII digits.
pub fn luhn_valid(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// INSEE's "tranches d'effectif salarié".
pub const HEADCOUNT_BANDS: [(&str, &str, &str); 15] = [
    ("00", "0 salarié", "no employees"),
    ("01", "1 ou 2 salariés", "1 or 2 employees"),
    ("02", "3 à 5 salariés", "3 to 5 employees"),
    ("03", "6 à 9 salariés", "6 to 9 employees"),
    ("11", "10 à 19 salariés", "10 to 19 employees"),
    ("12", "20 à 49 salariés", "20 to 49 employees"),
    ("21", "50 à 99 salariés", "50 to 99 employees"),
    ("22", "100 à 199 salariés", "100 to 199 employees"),
    ("31", "200 à 249 salariés", "200 to 249 employees"),
    ("32", "250 à 499 salariés", "250 to 499 employees"),
    ("41", "500 à 999 salariés", "500 to 999 employees"),
    ("42", "1 000 à 1 999 salariés", "1,000 to 1,999 employees"),
    ("51", "2 000 à 4 999 salariés", "2,000 to 4,999 employees"),
    ("52", "5 000 à 9 999 salariés", "5,000 to 9,999 employees"),
    ("53", "10 000 salariés et plus", "10,000 employees or more"),
];

pub fn headcount_label(code: &str, french: bool) -> Option<&'static str> {
    HEADCOUNT_BANDS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, fr, en)| if french { *fr } else { *en })
}

/// Legal forms a company of the town is likely to have, with their French names.
pub const LEGAL_FORMS: [(&str, &str, &str); 11] = [
    ("EI", "Entreprise individuelle", "Sole proprietorship"),
    ("EURL", "EURL", "Single-member limited company (EURL)"),
    ("SARL", "SARL", "Limited liability company (SARL)"),
    ("SASU", "SASU", "Single-member simplified joint-stock company (SASU)"),
    ("SAS", "SAS", "Simplified joint-stock company (SAS)"),
    ("SA", "SA", "Public limited company (SA)"),
    ("SNC", "SNC", "General partnership (SNC)"),
    ("SCI", "SCI", "Real-estate partnership (SCI)"),
    ("SCOP", "SCOP", "Worker cooperative (SCOP)"),
    ("Association", "Association", "Non-profit association"),
    ("Autre", "Autre forme", "Other form"),
];

pub fn legal_form_label(code: &str, french: bool) -> Option<&'static str> {
    LEGAL_FORMS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, fr, en)| if french { *fr } else { *en })
}

/// Where a company page stands with the town hall.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CompanyStatus {
    /// Created by the town hall for a company of the town; nobody runs it yet.
    Unclaimed,
    /// Registered by a member, waiting for the town hall.
    Pending,
    Approved,
    /// Refused by the town hall, with a reason; its people may correct it and ask again.
    Rejected,
    /// Closed down: kept for the record, out of the directory.
    Archived,
}

impl CompanyStatus {
    pub const ALL: [CompanyStatus; 5] = [
        CompanyStatus::Unclaimed,
        CompanyStatus::Pending,
        CompanyStatus::Approved,
        CompanyStatus::Rejected,
        CompanyStatus::Archived,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unclaimed => "unclaimed",
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
            Self::Archived => "archived",
        }
    }

    pub fn parse(raw: &str) -> Option<CompanyStatus> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// Whether members find it in the directory.
    pub fn listed(self) -> bool {
        matches!(self, Self::Approved | Self::Unclaimed)
    }

    pub fn label(self, french: bool) -> &'static str {
        match (self, french) {
            (Self::Unclaimed, true) => "Page non revendiquée",
            (Self::Unclaimed, false) => "Unclaimed page",
            (Self::Pending, true) => "En attente de validation",
            (Self::Pending, false) => "Awaiting approval",
            (Self::Approved, true) => "Validée",
            (Self::Approved, false) => "Approved",
            (Self::Rejected, true) => "Refusée",
            (Self::Rejected, false) => "Rejected",
            (Self::Archived, true) => "Archivée",
            (Self::Archived, false) => "Archived",
        }
    }
}

impl fmt::Display for CompanyStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A person's role in a company.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MemberRole {
    /// Runs the page and its people; a company always keeps at least one.
    Owner,
    /// Edits the page and speaks for the company.
    Editor,
    /// Appears among its people.
    Member,
}

impl MemberRole {
    pub const ALL: [MemberRole; 3] = [MemberRole::Owner, MemberRole::Editor, MemberRole::Member];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Owner => "owner",
            Self::Editor => "editor",
            Self::Member => "member",
        }
    }

    pub fn parse(raw: &str) -> Option<MemberRole> {
        Self::ALL.into_iter().find(|r| r.as_str() == raw)
    }

    pub fn label(self, french: bool) -> &'static str {
        match (self, french) {
            (Self::Owner, true) => "Responsable",
            (Self::Owner, false) => "Owner",
            (Self::Editor, true) => "Éditeur",
            (Self::Editor, false) => "Editor",
            (Self::Member, true) => "Membre",
            (Self::Member, false) => "Member",
        }
    }

    pub fn can_edit(self) -> bool {
        matches!(self, Self::Owner | Self::Editor)
    }
}

impl fmt::Display for MemberRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who may see a person's profile.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProfileVisibility {
    #[default]
    Members,
    Public,
}

impl ProfileVisibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Members => "members",
            Self::Public => "public",
        }
    }

    pub fn parse(raw: &str) -> Option<ProfileVisibility> {
        [Self::Members, Self::Public].into_iter().find(|v| v.as_str() == raw)
    }
}

/// Where a business park stands: in activity, being built, or its plots being sold.
pub const PARK_STATUSES: [&str; 3] = ["existing", "under_construction", "marketing"];

pub const COMPANY_NAME_MAX_CHARS: usize = 200;
pub const DESCRIPTION_MAX_CHARS: usize = 8000;
pub const ADDRESS_MAX_CHARS: usize = 300;
pub const WEBSITE_MAX_CHARS: usize = 300;
pub const BIO_MAX_CHARS: usize = 1500;
pub const JOB_TITLE_MAX_CHARS: usize = 120;
pub const REASON_MAX_CHARS: usize = 1000;

/// Why a text field of a company was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldError {
    Required,
    TooLong(usize),
    Website,
    Phone,
    Year,
    UnknownChoice,
}

impl FieldError {
    pub fn message(self, french: bool) -> String {
        match (self, french) {
            (Self::Required, true) => "Ce champ est obligatoire.".into(),
            (Self::Required, false) => "This field is required.".into(),
            (Self::TooLong(n), true) => format!("{n} caractères au plus."),
            (Self::TooLong(n), false) => format!("At most {n} characters."),
            (Self::Website, true) => {
                "Indiquez une adresse web complète, par exemple https://www.exemple.fr.".into()
            }
            (Self::Website, false) => {
                "Enter a full web address, for example https://www.example.fr.".into()
            }
            (Self::Phone, true) => {
                "Indiquez un numéro de téléphone, par exemple 03 20 12 34 56.".into()
            }
            (Self::Phone, false) => "Enter a phone number, for example 03 20 12 34 56.".into(),
            (Self::Year, true) => "Indiquez une année entre 1800 et l'année en cours.".into(),
            (Self::Year, false) => "Enter a year between 1800 and the current year.".into(),
            (Self::UnknownChoice, true) => "Choisissez une valeur de la liste.".into(),
            (Self::UnknownChoice, false) => "Choose a value from the list.".into(),
        }
    }
}

/// Trimmed text, with inner runs of whitespace kept (descriptions keep their paragraphs).
pub fn required_text(raw: &str, max: usize) -> Result<String, FieldError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(FieldError::Required);
    }
    optional_text(text, max).map(|t| t.unwrap_or_default())
}

/// `None` for blank input.
pub fn optional_text(raw: &str, max: usize) -> Result<Option<String>, FieldError> {
    let text = raw.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > max {
        return Err(FieldError::TooLong(max));
    }
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        return Err(FieldError::Required);
    }
    Ok(Some(text.replace("\r\n", "\n")))
}

/// An `http(s)` address with a host; `www.exemple.fr` gets `https://` in front.
pub fn parse_website(raw: &str) -> Result<Option<String>, FieldError> {
    let Some(text) = optional_text(raw, WEBSITE_MAX_CHARS)? else { return Ok(None) };
    let with_scheme = if text.contains("://") { text } else { format!("https://{text}") };
    let rest = with_scheme
        .strip_prefix("https://")
        .or_else(|| with_scheme.strip_prefix("http://"))
        .ok_or(FieldError::Website)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':'));
    if !host_ok || with_scheme.chars().any(|c| c.is_whitespace() || matches!(c, '<' | '>' | '"')) {
        return Err(FieldError::Website);
    }
    Ok(Some(with_scheme))
}

/// Digits with the usual separators, 6 to 15 digits, an optional leading `+`.
pub fn parse_phone(raw: &str) -> Result<Option<String>, FieldError> {
    let Some(text) = optional_text(raw, 40)? else { return Ok(None) };
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text.chars().enumerate().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '(' | ')') || (c == '+' && i == 0)
    });
    if !allowed || !(6..=15).contains(&digits) {
        return Err(FieldError::Phone);
    }
    Ok(Some(text))
}

pub fn parse_year(raw: &str, current_year: i32) -> Result<Option<i32>, FieldError> {
    let text = raw.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<i32>() {
        Ok(year) if (1800..=current_year).contains(&year) => Ok(Some(year)),
        _ => Err(FieldError::Year),
    }
}

/// A value that must be one of `choices` (its code), or blank.
pub fn parse_choice(
    raw: &str,
    choices: &[(&'static str, &'static str, &'static str)],
) -> Result<Option<&'static str>, FieldError> {
    let text = raw.trim();
    if text.is_empty() {
        return Ok(None);
    }
    choices
        .iter()
        .find(|(code, _, _)| *code == text)
        .map(|(c, _, _)| Some(*c))
        .ok_or(FieldError::UnknownChoice)
}

/// Lowercase, accents folded, punctuation turned into spaces: what the directory search compares.
pub fn fold_for_search(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars().flat_map(char::to_lowercase) {
        let folded = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
            'æ' => "ae",
            'ç' => "c",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ñ' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
            'œ' => "oe",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'ý' | 'ÿ' => "y",
            'ß' => "ss",
            c if c.is_alphanumeric() => {
                out.push(c);
                space = false;
                continue;
            }
            _ => {
                if !space {
                    out.push(' ');
                    space = true;
                }
                continue;
            }
        };
        out.push_str(folded);
        space = false;
    }
    out.trim_end().to_string()
}

/// The words of a search, folded like the indexed text; at most eight, each at most 40 characters.
pub fn search_terms(query: &str) -> Vec<String> {
    fold_for_search(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(8)
        .map(|w| w.chars().take(40).collect())
        .collect()
}

/// A URL slug: lowercase ASCII words joined by hyphens.
pub fn slugify(text: &str) -> String {
    let folded = fold_for_search(text);
    let slug: String = folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().filter(char::is_ascii_alphanumeric).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    slug.chars().take(120).collect::<String>().trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The digit that completes `payload` into a Luhn-valid number.
    fn luhn_complete(payload: &str) -> String {
        (0..10)
            .map(|d| format!("{payload}{d}"))
            .find(|candidate| luhn_valid(candidate))
            .expect("one digit always completes a Luhn number")
    }

    #[test]
    fn real_sirets_are_accepted() {
        for raw in ["73282932000074", "732 829 320 00074", "  73282932000074 ", "732.829.320.00074"]
        {
            let siret = Siret::parse(raw).unwrap_or_else(|e| panic!("{raw:?}: {e:?}"));
            assert_eq!(siret.as_str(), "73282932000074");
            assert_eq!(siret.siren(), "732829320");
            assert_eq!(siret.grouped(), "732 829 320 00074");
        }
    }

    #[test]
    fn each_rule_says_what_failed() {
        assert_eq!(Siret::parse(""), Err(SiretError::Empty));
        assert_eq!(Siret::parse("   "), Err(SiretError::Empty));
        assert_eq!(Siret::parse("7328293200007A"), Err(SiretError::NotDigits));
        assert_eq!(Siret::parse("7328293200007"), Err(SiretError::Length));
        assert_eq!(Siret::parse("732829320000740"), Err(SiretError::Length));
        assert_eq!(Siret::parse("73282932100074"), Err(SiretError::SirenKey));
        assert_eq!(Siret::parse("73282932000075"), Err(SiretError::Key));
        assert!(SiretError::Length.message(true).contains("14 chiffres"));
        assert!(SiretError::Key.message(true).contains("Clé de contrôle invalide"));
    }

    #[test]
    fn la_poste_establishments_follow_their_own_rule() {
        // 3+5+6 = 14; the NIC brings the sum to a multiple of 5.
        assert!(Siret::parse("35600000000015").is_ok(), "sum 20");
        assert!(Siret::parse("35600000010000").is_ok(), "sum 15");
        assert_eq!(Siret::parse("35600000000007"), Err(SiretError::Key), "sum 21");
        assert_eq!(Siret::parse("35600000012345"), Err(SiretError::Key), "sum 29");
        // A La Poste SIRET need not pass Luhn, and these do not.
        assert!(!luhn_valid("35600000000015") && !luhn_valid("35600000010000"));
    }

    proptest! {
        #[test]
        fn any_luhn_completed_siret_parses(siren in "[3-9][0-9]{7}", nic in "[0-9]{4}") {
            let siren = luhn_complete(&siren);
            prop_assume!(siren != LA_POSTE_SIREN);
            let siret = luhn_complete(&format!("{siren}{nic}"));
            let parsed = Siret::parse(&siret).unwrap();
            prop_assert_eq!(parsed.siren(), siren.as_str());
            prop_assert_eq!(Siret::parse(&parsed.grouped()).unwrap(), parsed);
        }

        #[test]
        fn changing_one_digit_breaks_the_key(siren in "[3-9][0-9]{7}", nic in "[0-9]{4}", at in 0usize..14, bump in 1u8..10) {
            let siren = luhn_complete(&siren);
            prop_assume!(siren != LA_POSTE_SIREN);
            let siret = luhn_complete(&format!("{siren}{nic}"));
            let mut bytes = siret.into_bytes();
            bytes[at] = b'0' + (bytes[at] - b'0' + bump) % 10;
            let altered = String::from_utf8(bytes).unwrap();
            prop_assume!(&altered[..9] != LA_POSTE_SIREN);
            prop_assert!(Siret::parse(&altered).is_err());
        }

        #[test]
        fn arbitrary_text_never_panics(raw in "\\PC{0,40}") {
            let _ = Siret::parse(&raw);
            let _ = parse_website(&raw);
            let _ = parse_phone(&raw);
            let _ = search_terms(&raw);
            let _ = slugify(&raw);
        }

        #[test]
        fn a_siren_with_a_wrong_key_is_named_as_the_fault(siren in "[3-9][0-9]{7}", bump in 1u8..10, nic in "[0-9]{4}") {
            let valid = luhn_complete(&siren);
            let mut bytes = valid.into_bytes();
            bytes[8] = b'0' + (bytes[8] - b'0' + bump) % 10;
            let wrong = String::from_utf8(bytes).unwrap();
            prop_assume!(wrong != LA_POSTE_SIREN);
            // Whatever the establishment number, the SIREN's own key fails first.
            let siret = luhn_complete(&format!("{wrong}{nic}"));
            prop_assert_eq!(Siret::parse(&siret), Err(SiretError::SirenKey));
        }

        #[test]
        fn la_poste_sirets_are_valid_exactly_when_the_sum_is_a_multiple_of_five(nic in "[0-9]{5}") {
            let siret = format!("{LA_POSTE_SIREN}{nic}");
            let sum: u32 = siret.bytes().map(|b| u32::from(b - b'0')).sum();
            prop_assert_eq!(Siret::parse(&siret).is_ok(), sum.is_multiple_of(5));
        }
    }

    #[test]
    fn websites_phones_and_years() {
        assert_eq!(
            parse_website("www.exemple.fr").unwrap().as_deref(),
            Some("https://www.exemple.fr")
        );
        assert_eq!(
            parse_website("http://exemple.fr/a?b").unwrap().as_deref(),
            Some("http://exemple.fr/a?b")
        );
        assert_eq!(parse_website("").unwrap(), None);
        for bad in [
            "javascript:alert(1)",
            "ftp://x.fr",
            "https://",
            "exemple",
            "https://a b.fr",
            "https://x.fr\"><script>",
        ] {
            assert_eq!(parse_website(bad), Err(FieldError::Website), "{bad}");
        }
        assert_eq!(parse_phone("03 20 12 34 56").unwrap().as_deref(), Some("03 20 12 34 56"));
        assert!(parse_phone("+32 56 12 34 56").is_ok());
        assert_eq!(parse_phone("appelez-moi"), Err(FieldError::Phone));
        assert_eq!(parse_phone("12"), Err(FieldError::Phone));
        assert_eq!(parse_year("1998", 2026), Ok(Some(1998)));
        assert_eq!(parse_year("2030", 2026), Err(FieldError::Year));
        assert_eq!(parse_year("mil", 2026), Err(FieldError::Year));
    }

    #[test]
    fn search_folds_accents_and_ignores_syntax() {
        assert_eq!(
            fold_for_search("Boulangerie Pâtisserie « Chez Hélène »"),
            "boulangerie patisserie chez helene"
        );
        assert_eq!(search_terms("l'ŒUVRE  %_\" OR 1=1 --"), vec!["l", "oeuvre", "or", "1", "1"]);
        assert_eq!(slugify("Les Ateliers d'Émile & Fils"), "les-ateliers-d-emile-fils");
        assert_eq!(slugify("«»"), "");
    }

    #[test]
    fn statuses_and_roles_round_trip() {
        for status in CompanyStatus::ALL {
            assert_eq!(CompanyStatus::parse(status.as_str()), Some(status));
        }
        for role in MemberRole::ALL {
            assert_eq!(MemberRole::parse(role.as_str()), Some(role));
        }
        assert!(CompanyStatus::Approved.listed() && CompanyStatus::Unclaimed.listed());
        assert!(!CompanyStatus::Pending.listed() && !CompanyStatus::Archived.listed());
        assert_eq!(headcount_label("12", true), Some("20 à 49 salariés"));
        assert_eq!(legal_form_label("SASU", true), Some("SASU"));
    }
}
