use serde::{Deserialize, Serialize};

/// How this installation presents itself; read from the configuration on the server and shared with
/// the browser during hydration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteInfo {
    pub site_name: String,
    pub town: String,
    pub town_company_count: u32,
}

/// A path inside this site to send the browser back to, or `None` when `raw` could lead elsewhere.
pub fn local_path(raw: &str) -> Option<&str> {
    let ok = raw.starts_with('/')
        && !raw.starts_with("//")
        && !raw.starts_with("/\\")
        && !raw.chars().any(|c| c.is_control())
        && raw.len() <= 2048;
    ok.then_some(raw)
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(local_path("/entreprises?q=a"), Some("/entreprises?q=a"));
        assert_eq!(local_path("/"), Some("/"));
        for bad in [
            "",
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "/a\nb",
            "javascript:x",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
        }
    }
}
