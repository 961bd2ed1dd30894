//! HTML to the article's main text. Scripts, styles, navigation, headers, footers, forms, asides
//! and elements whose class or id marks them as comments, sharing, related links, newsletters
//! or ads are dropped; `<article>` (else `<main>`, else `<body>`) is the text's root. Block
//! elements become lines. Title, URL, author and date come from `<title>` and `<meta>` tags.
//!
//! Parsing is html5ever's (through `scraper`); this module only chooses what to keep.

use super::date::parse_date;
use dossier_core::Document;
use scraper::{ElementRef, Html, Node, Selector};

const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "figure",
    "template", "select", "input", "textarea", "menu",
];
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "tr",
    "table",
    "br",
    "hr",
    "dd",
    "dt",
    "figcaption",
];
const SKIP_MARKERS: &[&str] = &[
    "comment",
    "share",
    "social",
    "related",
    "newsletter",
    "subscribe",
    "advert",
    "promo",
    "sidebar",
    "cookie",
    "breadcrumb",
    "byline-share",
    "nav",
    "menu",
    "footer",
    "recommend",
];

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector is valid")
}

/// Extracts the main text and metadata of an HTML page into a document whose `raw` is the text.
pub(super) fn extract(html: &str, id: &str) -> Document {
    let page = Html::parse_document(html);
    let mut doc = Document::new(id, String::new());
    let meta = |names: &[&str]| -> Option<String> {
        names.iter().find_map(|n| {
            let s = sel(&format!(
                "meta[property=\"{n}\"], meta[name=\"{n}\"], meta[itemprop=\"{n}\"]"
            ));
            page.select(&s)
                .find_map(|e| e.value().attr("content"))
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
        })
    };
    doc.meta.title = meta(&["og:title"]).or_else(|| {
        page.select(&sel("title"))
            .next()
            .map(|t| t.text().collect::<String>().trim().to_string())
    });
    doc.meta.url = meta(&["og:url"]).or_else(|| {
        page.select(&sel("link[rel=\"canonical\"]"))
            .find_map(|e| e.value().attr("href").map(str::to_string))
    });
    doc.meta.author = meta(&["author", "article:author"]);
    doc.meta.publisher = meta(&["og:site_name", "publisher"]);
    let date = meta(&["article:published_time", "datePublished", "date", "pubdate"]).or_else(|| {
        page.select(&sel("time[datetime]"))
            .find_map(|e| e.value().attr("datetime").map(str::to_string))
    });
    if let Some(d) = date.as_deref().and_then(parse_date) {
        doc.meta.date = Some(d);
        doc.meta.date_source = Some("field");
    }
    let root = ["article", "main", "body"]
        .iter()
        .find_map(|t| page.select(&sel(t)).next());
    let mut out = String::new();
    if let Some(root) = root {
        walk(root, &mut out);
    }
    // Collapse the block separators into lines.
    let lines: Vec<&str> = out.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    doc.raw = lines.join("\n\n");
    doc
}

fn skipped(e: &ElementRef) -> bool {
    let v = e.value();
    if SKIP_TAGS.contains(&v.name()) || v.attr("hidden").is_some() || v.attr("aria-hidden") == Some("true") {
        return true;
    }
    let marks = [v.attr("class"), v.attr("id"), v.attr("role")];
    // Match whole class/id words (`comment-list`, `share_bar`), not substrings (`unavailable`).
    marks.iter().flatten().any(|m| {
        m.split(|c: char| c.is_whitespace() || c == '-' || c == '_').any(|w| {
            let w = w.to_ascii_lowercase();
            SKIP_MARKERS.iter().any(|k| w.starts_with(k))
        })
    })
}

fn walk(e: ElementRef, out: &mut String) {
    let block = BLOCK_TAGS.contains(&e.value().name());
    if block {
        out.push('\n');
    }
    for child in e.children() {
        match child.value() {
            Node::Text(t) => {
                // Whitespace inside HTML text is layout, not content.
                for (i, w) in t.split_whitespace().enumerate() {
                    if i > 0 || t.starts_with(char::is_whitespace) {
                        out.push(' ');
                    }
                    out.push_str(w);
                }
                if t.ends_with(char::is_whitespace) && !t.trim().is_empty() {
                    out.push(' ');
                }
            }
            Node::Element(_) => {
                if let Some(ce) = ElementRef::wrap(child) {
                    if !skipped(&ce) {
                        walk(ce, out);
                    }
                }
            }
            _ => {}
        }
    }
    if block {
        out.push('\n');
    }
}
