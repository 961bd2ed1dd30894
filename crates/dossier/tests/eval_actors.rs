//! End to end: `dossier eval actors GOLD --json` scores recognised actor codes against a gold
//! file of either shape (an article beside the gold file; a sentence with its context), with
//! sentences of our own.

mod common;
use common::*;

#[test]
fn scores_both_gold_shapes() {
    let dir = std::env::temp_dir().join(format!("dossier-eval-actors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("art.txt"),
        "Norwegian police arrested two Chinese nationals in Oslo on Monday.\n\nThe U.S. embassy declined to comment.\n",
    )
    .unwrap();
    let gold = [
        r#"{"id":"a1","doc":"art.txt","sentence":0,"text":"Norwegian police arrested two  Chinese nationals in Oslo on Monday.","events":[{"kind":"arrest","actor":["NORCOP"],"target":["CHNCVL"]}]}"#,
        r#"{"id":"a2","doc":"art.txt","sentence":1,"text":"The U.S. embassy declined to comment.","events":[{"kind":"decline_comment","actor":["USAGOV"]}]}"#,
        r#"{"id":"s1","doc":"other","sentence":0,"doc_date":"2020-02-02","context":"Peru expelled a diplomat.","text":"Prosecutors in Lima charged two Chilean spies.","events":[{"kind":"charge","actor":["PERJUD"],"target":["CHLSPY"],"status":"alleged","claimants":["BOLGOV"]}]}"#,
    ];
    let path = dir.join("gold.jsonl");
    std::fs::write(&path, gold.join("\n")).unwrap();
    let out = dossier(&["eval", "actors", &path.display().to_string(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(v["n"], 6, "{v}");
    assert_eq!(v["sentences"], 3, "{v}");
    // Everything but the claimant the text never names (BOLGOV) is found.
    assert_eq!(v["exact"].as_f64(), Some(0.8333), "{v}");
    assert_eq!(v["country"].as_f64(), Some(0.8333), "{v}");
    assert_eq!(v["roles"]["claimant"]["n"], 1, "{v}");
    assert_eq!(v["misses"][0]["code"], "BOLGOV", "{v}");
    assert_eq!(v["misses"][0]["examples"][0]["id"], "s1", "{v}");
    let _ = std::fs::remove_dir_all(&dir);
}
