//! HTML pieces for the page: escaping (all stored text is untrusted input), the layout from
//! `data/web/`, and small shared fragments. Builds strings; does no I/O.

const LAYOUT: &str = include_str!("../../../../data/web/layout.html");
const STYLE: &str = include_str!("../../../../data/web/style.css");
const SCRIPT: &str = include_str!("../../../../data/web/page.js");

/// Text made safe for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A query-string value, percent-encoded.
pub fn url(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A whole page. `title` is escaped here; `body` must already be HTML. The layout's
/// placeholders are filled in one pass, so nothing inserted is read as a placeholder again.
pub fn page(title: &str, body: &str) -> String {
    let title = esc(title);
    let mut out = String::with_capacity(LAYOUT.len() + STYLE.len() + SCRIPT.len() + body.len());
    let mut rest = LAYOUT;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            out.push_str(&rest[open..]);
            return out;
        };
        match &after[..close] {
            "title" => out.push_str(&title),
            "style" => out.push_str(STYLE),
            "script" => out.push_str(SCRIPT),
            "body" => out.push_str(body),
            other => {
                out.push_str("{{");
                out.push_str(other);
                out.push_str("}}");
            }
        }
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    out
}

/// A claim status as a badge.
pub fn status(s: &str) -> String {
    format!("<span class=\"status status-{0}\">{0}</span>", esc(s))
}

/// Codes joined, or a dash.
pub fn codes(c: &[String]) -> String {
    if c.is_empty() {
        "–".into()
    } else {
        esc(&c.join(" + "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(url("Qin Gang&x=1"), "Qin%20Gang%26x%3D1");
        let p = page("<b>t</b>", "<p>body</p>");
        assert!(p.contains("&lt;b&gt;t&lt;/b&gt; · dossier"));
        assert!(p.contains("<p>body</p>"));
        // A title holding a placeholder stays text.
        let p = page("{{body}}", "<p>body</p>");
        assert_eq!(p.matches("<p>body</p>").count(), 1);
    }
}
