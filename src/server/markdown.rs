//! Markdown written by members (company descriptions, announcements), turned into HTML on the server
//! and cleaned by ammonia before any page puts it in place. Raw HTML in the source is shown as text.

use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser, html};

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        // Images would load from anywhere; headings would break the page's outline.
        .rm_tags(["img", "h1", "h2", "h3", "h4", "h5", "h6"])
        .url_schemes(["http", "https", "mailto", "tel"].into())
        .link_rel(Some("noopener noreferrer nofollow ugc"))
        .url_relative(ammonia::UrlRelative::Deny);
    builder
});

/// Safe HTML for `source`.
pub fn to_safe_html(source: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let parser = Parser::new_ext(source, options).map(|event| match event {
        // Raw HTML is the writer's text, not markup.
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut rendered = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut rendered, parser);
    CLEANER.clean(&rendered).to_string()
}

/// The first `max` characters of the text of `source`, without markup, for result lists.
pub fn excerpt(source: &str, max: usize) -> String {
    let mut text = String::new();
    for event in Parser::new(source) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) if !text.ends_with(' ') => {
                text.push(' ');
            }
            _ => {}
        }
        if text.chars().count() > max {
            break;
        }
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(head, _)| head).unwrap_or(&cut);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_clean_html() {
        let html = to_safe_html("Nous **livrons** le _Ferrain_.\n\n- pain\n- brioche");
        assert!(html.contains("<strong>livrons</strong>"), "{html}");
        assert!(html.contains("<li>pain</li>"), "{html}");
    }

    #[test]
    fn scripts_and_event_handlers_never_survive() {
        for source in [
            "<script>alert(1)</script>",
            "</script><script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[clic](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<p onclick=\"alert(1)\">x</p>",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
        ] {
            let html = to_safe_html(source);
            // What stays as escaped text is harmless; only real tags and their attributes matter.
            for tag in tags(&html) {
                assert!(!tag.starts_with("<script"), "{source} → {html}");
                assert!(!tag.starts_with("<img"), "{source} → {html}");
                assert!(!tag.contains("javascript:"), "{source} → {html}");
                assert!(!tag.contains(" on"), "{source} → {html}");
                assert!(!tag.contains("data:"), "{source} → {html}");
            }
        }
        // Raw HTML stays visible as the text it is.
        assert!(to_safe_html("<b>gras</b>").contains("&lt;b&gt;gras&lt;/b&gt;"));
    }

    /// The tags of `html`, from `<` to `>`.
    fn tags(html: &str) -> Vec<&str> {
        html.match_indices('<')
            .filter_map(|(start, _)| html[start..].find('>').map(|end| &html[start..=start + end]))
            .collect()
    }

    #[test]
    fn links_open_safely() {
        let html = to_safe_html("[site](https://www.exemple.fr)");
        assert!(html.contains("href=\"https://www.exemple.fr\""), "{html}");
        assert!(html.contains("rel=\"noopener noreferrer nofollow ugc\""), "{html}");
    }

    #[test]
    fn excerpts_cut_on_a_word() {
        assert_eq!(excerpt("**Pain** au levain, brioches et viennoiseries", 20), "Pain au levain…");
        assert_eq!(excerpt("Court.", 20), "Court.");
    }
}
