//! End to end: `dossier eval petrarch` on a small validation file written for this test (the
//! validation dictionaries' fictional actors, our own sentences): JSON keys, figures, text
//! table, `--explain`, and a clear error for a missing file.

mod common;
use common::*;

const XML: &str = "<Validation>\n<Environment><Verbfile>PETR.Validate.verbs.txt</Verbfile></Environment>\n<Sentences>\n\
<Sentence source=\"ONE\" date=\"19950101\" id=\"T1\"><EventCoding eventcode=\"111\" sourcecode=\"ARN\" targetcode=\"GON\" />\n\
<Text>Arnor condemned Gondor.</Text>\n<Parse>\n1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tGondor\tGondor\tPROPN\tNNP\t_\t2\tdobj\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n</Parse></Sentence>\n\
<Sentence source=\"TWO\" date=\"19950101\" id=\"T2\"><EventCoding eventcode=\"050\" sourcecode=\"GON\" targetcode=\"ARN\" />\n\
<Text>Gondor slept.</Text>\n<Parse>\n1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tslept\tsleep\tVERB\tVBD\t_\t0\troot\t_\t_\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n</Parse></Sentence>\n\
</Sentences></Validation>\n";

fn sample() -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("dossier-eval-petrarch-{}.xml", std::process::id()));
    std::fs::write(&path, XML).unwrap();
    path
}

#[test]
fn json_figures_and_explain() {
    let path = sample();
    let p = path.display().to_string();
    let out = dossier(&["eval", "petrarch", &p, "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(v["sentences"], 2);
    assert_eq!(v["exact_pct"], 50.0);
    assert_eq!(v["correct_pct"], 50.0);
    assert_eq!(v["uncoded_pct"], 50.0);
    assert_eq!(v["extra_pct"], 0.0);
    assert_eq!(v["by_category"]["ONE"]["exact_pct"], 100.0);
    assert_eq!(v["by_category"]["TWO"]["exact_pct"], 0.0);
    let text = dossier(&["eval", "petrarch", &p, "--explain"]);
    let s = String::from_utf8_lossy(&text.stdout);
    assert!(s.contains("== T2") && !s.contains("== T1"), "{s}");
    assert!(s.contains("expected: GON ARN 050"), "{s}");
    assert!(s.lines().any(|l| l.starts_with("all ")), "{s}");
    let ours = dossier(&["eval", "petrarch", &p, "--json", "--parse", "ours"]);
    assert!(ours.status.success(), "{}", String::from_utf8_lossy(&ours.stderr));
    let _ = std::fs::remove_file(&path);
}

#[test]
fn missing_file_is_an_error() {
    let out = dossier(&["eval", "petrarch", "/nonexistent/suite.xml"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("suite.xml"));
}
