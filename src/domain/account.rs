//! Validation of what a person types to create or manage an account. The same rules run in the
//! browser, for immediate feedback, and on the server, which alone is trusted.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub const EMAIL_MAX_CHARS: usize = 254;
pub const EMAIL_LOCAL_MAX_CHARS: usize = 64;
pub const PASSWORD_MIN_CHARS: usize = 10;
pub const PASSWORD_MAX_CHARS: usize = 256;
pub const NAME_MAX_CHARS: usize = 100;

/// An e-mail address, trimmed and lowercased, so that one address always maps to one account.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EmailError {
    Empty,
    TooLong,
    Invalid,
}

impl EmailError {
    pub fn message(self, french: bool) -> &'static str {
        match (self, french) {
            (Self::Empty, true) => "Saisissez votre adresse e-mail.",
            (Self::Empty, false) => "Enter your e-mail address.",
            (Self::TooLong, true) => {
                "Cette adresse e-mail est trop longue : 254 caractères au maximum, dont 64 avant le « @ »."
            }
            (Self::TooLong, false) => {
                "This e-mail address is too long: at most 254 characters, 64 of them before the “@”."
            }
            (Self::Invalid, true) => {
                "Saisissez une adresse e-mail valide, par exemple nom@entreprise.fr."
            }
            (Self::Invalid, false) => "Enter a valid e-mail address, for example name@company.com.",
        }
    }
}

impl Email {
    pub fn parse(raw: &str) -> Result<Email, EmailError> {
        let address = raw.trim().to_lowercase();
        if address.is_empty() {
            return Err(EmailError::Empty);
        }
        if address.chars().count() > EMAIL_MAX_CHARS {
            return Err(EmailError::TooLong);
        }
        if address.chars().any(|c| c.is_whitespace() || c.is_control() || is_hidden_format(c)) {
            return Err(EmailError::Invalid);
        }
        // These characters only appear in quoted or bracketed forms that real mailboxes do not use;
        // refusing them keeps the address safe to write into a mail header as is.
        if address.chars().any(|c| "<>()[]\\,;:\"".contains(c)) {
            return Err(EmailError::Invalid);
        }
        let Some((local, domain)) = address.split_once('@') else {
            return Err(EmailError::Invalid);
        };
        if local.is_empty() || domain.contains('@') {
            return Err(EmailError::Invalid);
        }
        if local.chars().count() > EMAIL_LOCAL_MAX_CHARS {
            return Err(EmailError::TooLong);
        }
        // Splitting on '.' yields an empty label for a leading, trailing or doubled dot.
        if !domain.contains('.') || domain.split('.').any(str::is_empty) {
            return Err(EmailError::Invalid);
        }
        Ok(Email(address))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Email {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl FromStr for Email {
    type Err = EmailError;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        Email::parse(raw)
    }
}

impl TryFrom<String> for Email {
    type Error = EmailError;

    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Email::parse(&raw)
    }
}

impl From<Email> for String {
    fn from(email: Email) -> Self {
        email.0
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PasswordError {
    TooShort,
    TooLong,
    /// Found in the list of common passwords, which only the server holds.
    Common,
}

impl PasswordError {
    pub fn message(self, french: bool) -> &'static str {
        match (self, french) {
            (Self::TooShort, true) => "Le mot de passe doit contenir au moins 10 caractères.",
            (Self::TooShort, false) => "The password must be at least 10 characters long.",
            (Self::TooLong, true) => "Le mot de passe ne peut pas dépasser 256 caractères.",
            (Self::TooLong, false) => "The password cannot be longer than 256 characters.",
            (Self::Common, true) => {
                "Ce mot de passe fait partie des plus courants : choisissez-en un autre."
            }
            (Self::Common, false) => {
                "This password is one of the most common ones: please choose another."
            }
        }
    }
}

/// Length is the only rule: a long passphrase resists guessing better than forced symbols.
pub fn check_password(password: &str) -> Result<(), PasswordError> {
    let chars = password.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        Err(PasswordError::TooShort)
    } else if chars > PASSWORD_MAX_CHARS {
        Err(PasswordError::TooLong)
    } else {
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NameError {
    Empty,
    TooLong,
    Invalid,
}

impl NameError {
    pub fn message(self, french: bool) -> &'static str {
        match (self, french) {
            (Self::Empty, true) => "Saisissez votre nom.",
            (Self::Empty, false) => "Enter your name.",
            (Self::TooLong, true) => "Le nom ne peut pas dépasser 100 caractères.",
            (Self::TooLong, false) => "The name cannot be longer than 100 characters.",
            (Self::Invalid, true) => {
                "Le nom contient des caractères invisibles ou de contrôle : retirez-les."
            }
            (Self::Invalid, false) => {
                "The name contains invisible or control characters: please remove them."
            }
        }
    }
}

/// A person's name as it will be displayed: trimmed, with every run of whitespace made one space.
pub fn parse_person_name(raw: &str) -> Result<String, NameError> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    if name.chars().any(|c| c.is_control() || is_hidden_format(c)) {
        return Err(NameError::Invalid);
    }
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(NameError::TooLong);
    }
    Ok(name)
}

/// Direction overrides and byte-order marks change how the surrounding text is shown without
/// being visible themselves, which makes a name or an address pass for another.
fn is_hidden_format(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

macro_rules! impl_display_and_error {
    ($($ty:ty),*) => {$(
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.message(false))
            }
        }

        impl std::error::Error for $ty {}
    )*};
}

impl_display_and_error!(EmailError, PasswordError, NameError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_addresses() {
        for (raw, expected) in [
            ("nom@entreprise.fr", "nom@entreprise.fr"),
            ("  Jean.Dupont@Mairie-Roncq.FR \n", "jean.dupont@mairie-roncq.fr"),
            ("a+tag@sub.example.com", "a+tag@sub.example.com"),
            ("x@a.b", "x@a.b"),
            ("élodie@café.fr", "élodie@café.fr"),
            ("o'brien@example.ie", "o'brien@example.ie"),
        ] {
            assert_eq!(
                Email::parse(raw).map(Email::into_string),
                Ok(expected.to_owned()),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn refuses_malformed_addresses() {
        for (raw, expected) in [
            ("", EmailError::Empty),
            ("   \t ", EmailError::Empty),
            ("nom", EmailError::Invalid),
            ("nom@", EmailError::Invalid),
            ("@entreprise.fr", EmailError::Invalid),
            ("nom@entreprise", EmailError::Invalid),
            ("nom@@entreprise.fr", EmailError::Invalid),
            ("a@b@entreprise.fr", EmailError::Invalid),
            ("nom@.entreprise.fr", EmailError::Invalid),
            ("nom@entreprise.fr.", EmailError::Invalid),
            ("nom@entreprise..fr", EmailError::Invalid),
            ("jean dupont@entreprise.fr", EmailError::Invalid),
            ("nom@entre prise.fr", EmailError::Invalid),
            ("nom\u{0}@entreprise.fr", EmailError::Invalid),
            ("nom@entreprise.fr\r\nBcc: x@y.z", EmailError::Invalid),
            ("Jean <nom@entreprise.fr>", EmailError::Invalid),
            ("nom\u{202E}@entreprise.fr", EmailError::Invalid),
        ] {
            assert_eq!(Email::parse(raw), Err(expected), "{raw:?}");
        }
    }

    #[test]
    fn enforces_length_limits() {
        let local = "a".repeat(64);
        assert!(Email::parse(&format!("{local}@example.fr")).is_ok());
        assert_eq!(Email::parse(&format!("{local}a@example.fr")), Err(EmailError::TooLong));

        let domain = format!("{}.fr", "d".repeat(254 - 2 - 3));
        let longest = format!("a@{domain}");
        assert_eq!(longest.chars().count(), 254);
        assert!(Email::parse(&longest).is_ok());
        assert_eq!(Email::parse(&format!("ab@{domain}")), Err(EmailError::TooLong));
    }

    #[test]
    fn email_serde_is_a_validated_string() {
        let email = Email::parse("Nom@Entreprise.fr").unwrap();
        assert_eq!(email.to_string(), "nom@entreprise.fr");
        assert_eq!(email.as_str(), "nom@entreprise.fr");
        assert_eq!("nom@entreprise.fr".parse::<Email>(), Ok(email.clone()));
        assert_eq!(Email::try_from("bad".to_owned()), Err(EmailError::Invalid));
        assert_eq!(String::from(email), "nom@entreprise.fr");
    }

    /// A small deterministic generator, so the loops below explore the same strings every run.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            self.0 >> 33
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        fn string(&mut self, alphabet: &[char], max_len: usize) -> String {
            let len = self.below(max_len + 1);
            (0..len).map(|_| alphabet[self.below(alphabet.len())]).collect()
        }
    }

    const ALPHABET: &[char] = &[
        'a', 'b', 'z', 'A', 'Z', '0', '9', '.', '.', '@', '@', '-', '_', '+', ' ', '\t', '\n',
        '\u{0}', '\u{7F}', 'é', 'É', 'ß', 'İ', 'Σ', 'ς', '\u{202E}', '\u{FEFF}', '<', '"', '😀',
    ];

    const PLAUSIBLE: &[char] =
        &['a', 'b', 'z', 'A', 'Z', '0', '9', '-', '_', '+', 'é', 'É', 'ß', 'İ', 'Σ', 'ς', '😀'];

    #[test]
    fn email_parse_never_panics_and_is_idempotent() {
        let mut rng = Lcg(0x5EED_2024);
        let mut accepted = 0;
        for round in 0..20_000 {
            // Some rounds are shaped like an address, so that a fair share gets through.
            let alphabet = if round % 3 == 2 { PLAUSIBLE } else { ALPHABET };
            let raw = if round % 3 == 0 {
                rng.string(ALPHABET, 40)
            } else {
                format!(
                    "{}@{}.{}",
                    rng.string(alphabet, 12),
                    rng.string(alphabet, 12),
                    rng.string(alphabet, 4)
                )
            };
            if let Ok(email) = Email::parse(&raw) {
                accepted += 1;
                let text = email.as_str();
                assert_eq!(text, text.to_lowercase(), "{raw:?}");
                assert_eq!(text, text.trim(), "{raw:?}");
                assert_eq!(Email::parse(text).as_ref(), Ok(&email), "{raw:?}");
                assert_eq!(text.matches('@').count(), 1, "{raw:?}");
            }
        }
        assert!(accepted > 1_000, "the generator should produce valid addresses, got {accepted}");
    }

    #[test]
    fn password_length_counts_characters() {
        assert_eq!(check_password(""), Err(PasswordError::TooShort));
        assert_eq!(check_password("123456789"), Err(PasswordError::TooShort));
        assert_eq!(check_password("1234567890"), Ok(()));
        // Nine two-byte characters: 18 bytes, still too short.
        assert_eq!(check_password("ééééééééé"), Err(PasswordError::TooShort));
        assert_eq!(check_password("éééééééééé"), Ok(()));
        assert_eq!(check_password("          "), Ok(()));
        assert_eq!(check_password(&"x".repeat(256)), Ok(()));
        assert_eq!(check_password(&"x".repeat(257)), Err(PasswordError::TooLong));
        assert_eq!(check_password(&"é".repeat(256)), Ok(()));
    }

    #[test]
    fn password_check_never_panics() {
        let mut rng = Lcg(42);
        for _ in 0..5_000 {
            let raw = rng.string(ALPHABET, 300);
            let chars = raw.chars().count();
            let expected = (PASSWORD_MIN_CHARS..=PASSWORD_MAX_CHARS).contains(&chars);
            assert_eq!(check_password(&raw).is_ok(), expected, "{raw:?}");
        }
    }

    #[test]
    fn names_are_tidied() {
        assert_eq!(parse_person_name("  Jean   Dupont "), Ok("Jean Dupont".to_owned()));
        assert_eq!(
            parse_person_name("Marie-Hélène\t\n d'Arras"),
            Ok("Marie-Hélène d'Arras".to_owned())
        );
        assert_eq!(parse_person_name("X"), Ok("X".to_owned()));
        assert_eq!(parse_person_name(""), Err(NameError::Empty));
        assert_eq!(parse_person_name(" \t\n "), Err(NameError::Empty));
        assert_eq!(parse_person_name("Jean\u{0}Dupont"), Err(NameError::Invalid));
        assert_eq!(parse_person_name("Jean\u{202E}Dupont"), Err(NameError::Invalid));
        assert_eq!(parse_person_name(&"é".repeat(100)).map(|n| n.chars().count()), Ok(100));
        assert_eq!(parse_person_name(&"é".repeat(101)), Err(NameError::TooLong));
        // Surrounding and collapsed whitespace does not count towards the limit.
        assert!(
            parse_person_name(&format!("  {}    {}  ", "a".repeat(49), "b".repeat(50))).is_ok()
        );
    }

    #[test]
    fn name_parse_never_panics_and_is_idempotent() {
        let mut rng = Lcg(7);
        for _ in 0..10_000 {
            let raw = rng.string(ALPHABET, 120);
            if let Ok(name) = parse_person_name(&raw) {
                assert!(!name.starts_with(' ') && !name.ends_with(' '), "{raw:?}");
                assert!(!name.contains("  "), "{raw:?}");
                assert!((1..=NAME_MAX_CHARS).contains(&name.chars().count()), "{raw:?}");
                assert_eq!(parse_person_name(&name).as_ref(), Ok(&name), "{raw:?}");
            }
        }
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        let messages = [EmailError::Empty, EmailError::TooLong, EmailError::Invalid]
            .into_iter()
            .flat_map(|e| [e.message(true), e.message(false)])
            .chain(
                [PasswordError::TooShort, PasswordError::TooLong, PasswordError::Common]
                    .into_iter()
                    .flat_map(|e| [e.message(true), e.message(false)]),
            )
            .chain(
                [NameError::Empty, NameError::TooLong, NameError::Invalid]
                    .into_iter()
                    .flat_map(|e| [e.message(true), e.message(false)]),
            )
            .collect::<Vec<_>>();
        for message in &messages {
            assert!(message.ends_with('.'), "{message}");
        }
        let distinct = messages.iter().collect::<std::collections::HashSet<_>>();
        assert_eq!(distinct.len(), messages.len());
    }
}
