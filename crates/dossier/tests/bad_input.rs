//! End to end: bad input gets a clear message naming it, the batch goes on, the exit code and
//! the summary say what failed, and good documents are still written.

mod common;
use common::*;
use std::io::Write;

fn tmp() -> tempdir::Dir {
    tempdir::Dir::new()
}

/// A throwaway directory (std only; removed on drop).
mod tempdir {
    pub struct Dir(pub std::path::PathBuf);
    impl Dir {
        pub fn new() -> Self {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static N: AtomicUsize = AtomicUsize::new(0);
            let p = std::env::temp_dir().join(format!(
                "dossier-test-{}-{}",
                std::process::id(),
                N.fetch_add(1, Ordering::SeqCst)
            ));
            std::fs::create_dir_all(&p).unwrap();
            Dir(p)
        }
        pub fn file(&self, name: &str, bytes: &[u8]) -> String {
            let p = self.0.join(name);
            std::fs::write(&p, bytes).unwrap();
            p.display().to_string()
        }
    }
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

#[test]
fn a_batch_with_bad_inputs_goes_on_and_says_what_failed() {
    let d = tmp();
    let good = d.file("good.txt", b"China accused MI6 of recruiting spies.");
    let binary = d.file("scan.pdf", b"%PDF-1.7\n\x00\x01\x02binary");
    let empty = d.file("empty.txt", b"");
    let bad_utf8 = d.file("latin.txt", b"The minister\x92s aide defected.");
    let jsonl = d.file("feed.jsonl", b"{\"id\":\"a\",\"text\":\"Russia expelled two diplomats.\"}\n{broken\n{\"id\":\"c\",\"text\":\"Iran denied it.\"}\n");
    let missing = d.0.join("missing.txt").display().to_string();
    let out = dossier(&[
        "code",
        "--sentences",
        &good,
        &binary,
        &empty,
        &bad_utf8,
        &jsonl,
        &missing,
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(&format!("{binary}: binary input skipped")), "{err}");
    assert!(err.contains(&format!("{empty}: empty input skipped")), "{err}");
    assert!(err.contains(&format!("{jsonl}:2: malformed input")), "{err}");
    assert!(err.contains(&format!("{missing}: cannot read")), "{err}");
    assert!(err.contains(&format!("{bad_utf8}: warning: not UTF-8")), "{err}");
    assert!(err.contains("4 documents, 4 sentences; 2 skipped, 2 failed"), "{err}");
    let lines: Vec<_> = json_lines(&out)
        .into_iter()
        .filter(|l| l["type"] == "sentence")
        .collect();
    let ids: Vec<&str> = lines.iter().map(|l| l["doc"]["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["good", "latin", "a", "c"]);
    assert_eq!(lines[1]["text"], "The minister’s aide defected.");
}

#[test]
fn stdin_is_input() {
    let out = dossier_stdin(
        &["code", "--sentences", "-"],
        b"Gen. Zhang was purged. Dr Han said so.\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<_> = json_lines(&out)
        .into_iter()
        .filter(|l| l["type"] == "sentence")
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["doc"]["id"], "stdin");
    assert_eq!(lines[1]["text"], "Dr Han said so.");
}

#[test]
fn a_huge_single_line_file_is_processed() {
    let d = tmp();
    let path = d.0.join("huge.txt");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let sentence = b"Officials said the agency recruited an asset in Vienna. ";
    let n = 100_000_000 / sentence.len();
    for _ in 0..n {
        f.write_all(sentence).unwrap();
    }
    drop(f);
    let out = dossier(&["segment", &path.display().to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("1 documents, {n} sentences")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn directories_are_read_recursively() {
    let d = tmp();
    std::fs::create_dir_all(d.0.join("a/b")).unwrap();
    d.file("a/one.txt", b"One spy.");
    d.file("a/b/two.txt", b"Two spies.");
    d.file("a/.hidden.txt", b"Hidden.");
    let out = dossier(&["code", "--sentences", &d.0.join("a").display().to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<String> = json_lines(&out)
        .iter()
        .map(|l| l["doc"]["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["two", "one"]);
}
