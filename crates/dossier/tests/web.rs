//! The web page end to end, in headless Chromium (Debian's `chromium`; `.ci/run` installs it):
//! ingest the examples and a hostile article, serve the ledger, open the event list, filter it,
//! open an article and check its highlighted spans, check that nothing in a hostile title or body
//! runs, and take a screenshot that is not blank. Without Chromium the test says it was skipped.

mod common;
use common::*;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

fn chromium() -> Option<PathBuf> {
    let candidates = [std::env::var("DOSSIER_CHROMIUM").ok(), Some("/usr/bin/chromium".into())];
    candidates
        .into_iter()
        .flatten()
        .map(PathBuf::from)
        .find(|p| p.is_file())
}

/// Headless Chromium with the flags this closed network needs; `what` is `--dump-dom` or
/// `--screenshot=FILE`.
fn browse(chrome: &Path, profile: &Path, what: &str, url: &str) -> String {
    let out = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1200,900",
            &format!("--user-data-dir={}", profile.display()),
            what,
            url,
        ])
        .output()
        .expect("run chromium");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `dossier serve` on a free port; returns it and its base URL.
fn serve(db: &Path) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["serve", "--db", &db.display().to_string(), "--addr", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .spawn()
        .expect("run dossier serve");
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let start = line.find("http://").unwrap_or_else(|| panic!("no address in {line:?}"));
    let url = line[start..]
        .split_whitespace()
        .next()
        .unwrap()
        .trim_end_matches('/')
        .to_string();
    (Server(child), url)
}

#[test]
fn the_page_lists_filters_highlights_and_escapes() {
    let Some(chrome) = chromium() else {
        dossier_core::skip_notice("Chromium not found at /usr/bin/chromium (install Debian's chromium; .ci/run does)");
        return;
    };
    let dir = std::env::temp_dir().join(format!("dossier-web-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let hostile = dir.join("hostile.jsonl");
    let doc = serde_json::json!({
        "id": "hostile",
        "title": "<script>document.title='pwned'</script>Spy row",
        "text": "<img src=x onerror=\"document.title='pwned'\"> Germany expelled two Russian diplomats on Monday. <script>document.title='pwned'</script> <b onmouseover=\"document.title='pwned'\">bold</b>"
    });
    std::fs::write(&hostile, format!("{doc}\n")).unwrap();
    let db = dir.join("d.db");
    let mut args = vec!["ingest".to_string(), "--db".into(), db.display().to_string()];
    args.extend(examples());
    args.push(hostile.display().to_string());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = dossier(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let (_server, base) = serve(&db);
    let profile = dir.join("profile");

    // The list of events.
    let list = browse(&chrome, &profile, "--dump-dom", &format!("{base}/"));
    assert!(list.contains("id=\"events\""), "{list}");
    let all = list.matches("class=\"event\"").count();
    assert!(all >= 10, "{all} events listed");
    // Filtered: China's accusations only.
    let filtered = browse(
        &chrome,
        &profile,
        "--dump-dom",
        &format!("{base}/?kind=accuse&actor=CHN"),
    );
    let rows = filtered.matches("class=\"event\"").count();
    assert!(rows >= 1 && rows < all, "{rows} of {all}");
    assert!(
        filtered.contains("<option selected=\"\">accuse</option>"),
        "the form keeps the filter"
    );

    // An article, with its actors and triggers marked.
    let article = browse(
        &chrome,
        &profile,
        "--dump-dom",
        &format!("{base}/doc/000_f705a40a774d8523"),
    );
    assert!(
        article.contains("<mark class=\"actor\" title=\"GBRSPY\" data-entity=\""),
        "{article}"
    );
    assert!(article.contains("<mark class=\"trigger\""), "{article}");
    assert!(article.contains("data-record=\"000_f705a40a774d8523:0:0\""));

    // An actor's page lists its mentions; an event's page its claim history and reports.
    let entity = article
        .split("<mark class=\"actor\" title=\"GBRSPY\" data-entity=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("an entity id");
    let page = browse(&chrome, &profile, "--dump-dom", &format!("{base}/entity/{entity}"));
    assert!(
        page.contains("class=\"mention\"") && page.contains("/doc/000_f705a40a774d8523#s"),
        "{page}"
    );
    let event = article
        .split("href=\"/event/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("an event link");
    let page = browse(&chrome, &profile, "--dump-dom", &format!("{base}/event/{event}"));
    assert!(
        page.contains("Claim history") && page.contains("first reported"),
        "{page}"
    );

    // A hostile article: its markup is text, and nothing in it ran.
    let page = browse(&chrome, &profile, "--dump-dom", &format!("{base}/doc/hostile"));
    assert!(page.contains("Germany"), "{page}");
    assert!(!page.contains("pwned</title>"), "a script from the article ran: {page}");
    assert!(
        page.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;Spy row"),
        "{page}"
    );
    assert!(page.contains("&lt;img src=x"), "{page}");
    assert!(!page.contains("<img"), "an element from the article was built: {page}");
    assert!(!page.contains("<b onmouseover"), "{page}");

    // A screenshot of the list that is not blank.
    let shot = dir.join("list.png");
    browse(
        &chrome,
        &profile,
        &format!("--screenshot={}", shot.display()),
        &format!("{base}/"),
    );
    let decoder = png::Decoder::new(std::fs::File::open(&shot).expect("a screenshot"));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bytes = &buf[..info.buffer_size()];
    let px = info.color_type.samples();
    let mut colours = std::collections::BTreeSet::new();
    for p in bytes.chunks(px) {
        colours.insert(p.to_vec());
        if colours.len() > 50 {
            break;
        }
    }
    assert!(
        info.width >= 800 && colours.len() > 50,
        "{}x{}, {} colours",
        info.width,
        info.height,
        colours.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
