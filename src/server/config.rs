//! Configuration read once from the environment at start-up. Every variable is documented in
//! `.env.example` and the README.

use std::{env, fmt, net::SocketAddr, path::PathBuf};

#[derive(Clone, Debug)]
pub struct Config {
    pub database_url: String,
    pub site_name: String,
    pub town: String,
    pub town_company_count: u32,
    pub data_dir: PathBuf,
    /// Public address of the site, used in e-mailed links; `https://…` turns on secure cookies.
    pub public_url: String,
    pub session_idle_minutes: u32,
    pub session_lifetime_days: u32,
    /// Behind a reverse proxy, the client's address is the last one it adds to `X-Forwarded-For`.
    pub trust_proxy: bool,
}

#[derive(Debug)]
pub struct ConfigError {
    variable: &'static str,
    reason: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.variable, self.reason)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| env::var(name).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Reads the configuration through `lookup`, so tests can build one without touching the process
    /// environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let data_dir = PathBuf::from(lookup("RER_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = lookup("DATABASE_URL")
            .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", data_dir.join("rer.db").display()));
        let town_company_count = match lookup("RER_TOWN_COMPANY_COUNT") {
            None => 700,
            Some(raw) => {
                raw.trim().parse::<u32>().ok().filter(|n| *n > 0).ok_or_else(|| ConfigError {
                    variable: "RER_TOWN_COMPANY_COUNT",
                    reason: format!("expected a positive whole number, got {raw:?}"),
                })?
            }
        };
        let public_url = lookup("RER_PUBLIC_URL")
            .unwrap_or_else(|| "http://127.0.0.1:3000".into())
            .trim_end_matches('/')
            .to_string();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(ConfigError {
                variable: "RER_PUBLIC_URL",
                reason: format!(
                    "expected an address starting with https:// or http://, got {public_url:?}"
                ),
            });
        }
        let session_idle_minutes = positive(&lookup, "RER_SESSION_IDLE_MINUTES", 7 * 24 * 60)?;
        let session_lifetime_days = positive(&lookup, "RER_SESSION_LIFETIME_DAYS", 30)?;
        let trust_proxy = matches!(
            lookup("RER_TRUST_PROXY").as_deref().map(str::trim),
            Some("1" | "true" | "yes")
        );
        Ok(Self {
            trust_proxy,
            public_url,
            session_idle_minutes,
            session_lifetime_days,
            database_url,
            site_name: lookup("RER_SITE_NAME")
                .unwrap_or_else(|| "Réseau économique roncquois".into()),
            town: lookup("RER_TOWN").unwrap_or_else(|| "Roncq".into()),
            town_company_count,
            data_dir,
        })
    }

    /// Cookies get `Secure` and the `__Host-` prefix whenever the site is served over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }
}

fn positive(
    lookup: &impl Fn(&str) -> Option<String>,
    variable: &'static str,
    default: u32,
) -> Result<u32, ConfigError> {
    match lookup(variable) {
        None => Ok(default),
        Some(raw) => raw.trim().parse::<u32>().ok().filter(|n| *n > 0).ok_or_else(|| ConfigError {
            variable,
            reason: format!("expected a positive whole number, got {raw:?}"),
        }),
    }
}

/// The address to listen on: `LEPTOS_SITE_ADDR`, as cargo-leptos and the Leptos configuration name it.
pub fn site_addr(default: SocketAddr) -> Result<SocketAddr, ConfigError> {
    match env::var("LEPTOS_SITE_ADDR") {
        Err(_) => Ok(default),
        Ok(raw) => raw.parse().map_err(|_| ConfigError {
            variable: "LEPTOS_SITE_ADDR",
            reason: format!("expected an address such as 127.0.0.1:3000, got {raw:?}"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> =
            vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(|name| map.get(name).cloned())
    }

    #[test]
    fn defaults_describe_roncq_on_an_embedded_database() {
        let c = config(&[]).unwrap();
        assert_eq!(c.site_name, "Réseau économique roncquois");
        assert_eq!(c.town, "Roncq");
        assert_eq!(c.town_company_count, 700);
        assert_eq!(c.database_url, "sqlite://data/rer.db?mode=rwc");
        assert!(c.is_sqlite());
        assert!(!c.secure_cookies());
        assert_eq!(c.session_lifetime_days, 30);
    }

    #[test]
    fn https_sites_get_secure_cookies() {
        let c = config(&[("RER_PUBLIC_URL", "https://rer.roncq.fr/")]).unwrap();
        assert!(c.secure_cookies());
        assert_eq!(c.public_url, "https://rer.roncq.fr");
        assert!(config(&[("RER_PUBLIC_URL", "rer.roncq.fr")]).is_err());
    }

    #[test]
    fn the_database_follows_the_data_directory_unless_given() {
        let c = config(&[("RER_DATA_DIR", "/var/lib/rer")]).unwrap();
        assert_eq!(c.database_url, "sqlite:///var/lib/rer/rer.db?mode=rwc");
        let c = config(&[("DATABASE_URL", "postgres://rer@db/rer")]).unwrap();
        assert!(!c.is_sqlite());
    }

    #[test]
    fn a_bad_company_count_names_the_variable() {
        for bad in ["zero", "0", "-3"] {
            let err = config(&[("RER_TOWN_COMPANY_COUNT", bad)]).unwrap_err();
            assert!(err.to_string().starts_with("RER_TOWN_COMPANY_COUNT"), "{err}");
        }
        assert_eq!(config(&[("RER_TOWN_COMPANY_COUNT", " 850 ")]).unwrap().town_company_count, 850);
    }
}
