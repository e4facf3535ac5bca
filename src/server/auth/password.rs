//! Password hashing with Argon2id, and the list of passwords too common to accept.

use std::collections::HashSet;
use std::sync::LazyLock;

use argon2::password_hash::{self, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// OWASP's recommended Argon2id setting: 19 MiB of memory, two passes, one lane.
const PARAMS: Params = match Params::new(19_456, 2, 1, None) {
    Ok(params) => params,
    Err(_) => panic!("invalid Argon2 parameters"),
};

const SALT_BYTES: usize = 16;

#[derive(Debug, thiserror::Error)]
pub enum PasswordHashError {
    #[error("could not draw a random salt")]
    Salt,
    #[error("password hashing failed: {0}")]
    Hash(password_hash::Error),
    #[error("the password hashing task did not complete")]
    Interrupted,
}

fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, PARAMS)
}

/// Hashes `password` into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) with a fresh salt.
/// At most this many Argon2 computations run at once (19 MiB each); the others wait their turn, so
/// a storm of sign-ins cannot exhaust memory or the blocking thread pool.
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(4);

pub async fn hash_password(password: String) -> Result<String, PasswordHashError> {
    let _permit = HASHING.acquire().await.map_err(|_| PasswordHashError::Interrupted)?;
    tokio::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .map_err(|_| PasswordHashError::Interrupted)?
}

fn hash_blocking(password: &str) -> Result<String, PasswordHashError> {
    let mut salt = [0u8; SALT_BYTES];
    getrandom::fill(&mut salt).map_err(|_| PasswordHashError::Salt)?;
    let salt = SaltString::encode_b64(&salt).map_err(PasswordHashError::Hash)?;
    let hash =
        argon2().hash_password(password.as_bytes(), &salt).map_err(PasswordHashError::Hash)?;
    Ok(hash.to_string())
}

/// A hash of nothing in particular, so that signing in to an unknown account costs as much as
/// signing in to a real one and the delay does not tell which addresses are registered.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let salt = SaltString::from_b64("cm9uY3EtZHVtbXktc2FsdA").expect("constant salt is valid");
    argon2()
        .hash_password(b"no account has this password", &salt)
        .expect("constant inputs hash")
        .to_string()
});

/// Whether `password` matches the stored `hash`. `None` (no such account, or an account without
/// a password) takes the same time as a real check and returns false.
pub async fn verify_password(password: String, hash: Option<String>) -> bool {
    let Ok(_permit) = HASHING.acquire().await else { return false };
    tokio::task::spawn_blocking(move || verify_blocking(&password, hash.as_deref()))
        .await
        .unwrap_or_else(|err| {
            tracing::error!(error = %err, "password verification task did not complete");
            false
        })
}

fn verify_blocking(password: &str, stored: Option<&str>) -> bool {
    let Some(stored) = stored else {
        burn_time(password);
        return false;
    };
    let parsed = match PasswordHash::new(stored) {
        Ok(parsed) => parsed,
        Err(err) => {
            tracing::warn!(error = %err, "stored password hash is malformed");
            burn_time(password);
            return false;
        }
    };
    match argon2().verify_password(password.as_bytes(), &parsed) {
        Ok(()) => true,
        Err(password_hash::Error::Password) => false,
        Err(err) => {
            tracing::warn!(error = %err, "stored password hash cannot be checked");
            false
        }
    }
}

fn burn_time(password: &str) {
    if let Ok(dummy) = PasswordHash::new(&DUMMY_HASH) {
        let _ = argon2().verify_password(password.as_bytes(), &dummy);
    }
}

/// Computes the lazily built values now, so the first sign-in attempts are not slower than the
/// rest. Call it once at start-up, off the async runtime or through `spawn_blocking`.
pub fn warm_up() {
    LazyLock::force(&DUMMY_HASH);
    LazyLock::force(&COMMON_PASSWORDS);
}

static COMMON_PASSWORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    include_str!("common-passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
});

/// Whether `password` appears, ignoring case, in the shipped list of common passwords.
pub fn is_common_password(password: &str) -> bool {
    COMMON_PASSWORDS.contains(&password.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::account::PASSWORD_MIN_CHARS;

    #[tokio::test]
    async fn hash_then_verify() {
        let hash = hash_password("un cheval bleu mange des pommes".to_owned()).await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(
            verify_password("un cheval bleu mange des pommes".to_owned(), Some(hash.clone())).await
        );
        assert!(
            !verify_password("un cheval bleu mange des poires".to_owned(), Some(hash.clone()))
                .await
        );
        assert!(!verify_password(String::new(), Some(hash)).await);
    }

    #[tokio::test]
    async fn the_same_password_gets_a_new_salt_each_time() {
        let first = hash_password("correct horse battery staple".to_owned()).await.unwrap();
        let second = hash_password("correct horse battery staple".to_owned()).await.unwrap();
        assert_ne!(first, second);
    }

    #[tokio::test]
    async fn no_hash_never_verifies() {
        assert!(!verify_password("no account has this password".to_owned(), None).await);
        assert!(!verify_password("anything at all".to_owned(), None).await);
    }

    #[tokio::test]
    async fn malformed_hash_never_verifies() {
        for stored in ["", "not a hash", "$argon2id$v=19$m=19456,t=2,p=1$", "$2b$12$abcdefghijkl"] {
            assert!(
                !verify_password("whatever password".to_owned(), Some(stored.to_owned())).await
            );
        }
    }

    #[test]
    fn dummy_hash_uses_the_same_parameters() {
        assert!(DUMMY_HASH.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{}", *DUMMY_HASH);
        warm_up();
    }

    #[test]
    fn common_passwords_match_ignoring_case() {
        assert!(is_common_password("azertyuiop"));
        assert!(is_common_password("AzErTyUiOp"));
        assert!(is_common_password("MotDePasse1"));
        assert!(is_common_password("1234567890"));
        assert!(!is_common_password("tram vert roncq clocher 1907"));
        assert!(!is_common_password(""));
    }

    #[test]
    fn common_list_is_clean() {
        let raw = include_str!("common-passwords.txt");
        assert!(raw.starts_with('#'));
        let entries = raw.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        let mut count = 0;
        for entry in entries {
            count += 1;
            assert_eq!(entry, entry.trim(), "{entry:?}");
            assert!(entry.chars().count() >= PASSWORD_MIN_CHARS, "{entry:?} is too short");
        }
        assert!(count >= 300, "only {count} entries");
        assert_eq!(COMMON_PASSWORDS.len(), count, "the list has duplicates");
    }
}
