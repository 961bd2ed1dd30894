//! End to end: `dossier actors` on the three example articles finds every actor a reader would
//! name, with the right code, and invents none for "The king" (issue #6).

mod common;
use common::*;
use serde_json::Value;

fn actors_of(file_prefix: &str) -> Vec<Value> {
    let ex = examples();
    let path = ex.iter().find(|p| p.contains(file_prefix)).expect("example exists");
    let out = dossier(&["actors", path]);
    assert!(out.status.success(), "{}", stderr(&out));
    json_lines(&out)
}

/// (sentence, text, code, entity) of every actor.
fn table(lines: &[Value]) -> Vec<(u64, String, Option<String>, Option<String>)> {
    lines
        .iter()
        .flat_map(|l| {
            let s = l["sentence"].as_u64().unwrap();
            l["actors"].as_array().unwrap().iter().map(move |a| {
                (
                    s,
                    a["text"].as_str().unwrap().to_string(),
                    a["code"].as_str().map(String::from),
                    a["entity"].as_str().map(String::from),
                )
            })
        })
        .collect()
}

fn find<'a>(
    t: &'a [(u64, String, Option<String>, Option<String>)],
    sentence: u64,
    text: &str,
) -> &'a (u64, String, Option<String>, Option<String>) {
    t.iter()
        .find(|(s, x, _, _)| *s == sentence && x == text)
        .unwrap_or_else(|| panic!("no actor {text:?} in sentence {sentence}: {t:?}"))
}

fn code(t: &[(u64, String, Option<String>, Option<String>)], sentence: u64, text: &str) -> Option<String> {
    find(t, sentence, text).2.clone()
}

#[test]
fn bbc_article_mi6_mss_and_the_two_civil_servants() {
    let t = table(&actors_of("000_"));
    assert_eq!(
        code(&t, 0, "Britain’s secret intelligence service, MI6").as_deref(),
        Some("GBRSPY")
    );
    assert_eq!(code(&t, 0, "Chinese civil servants").as_deref(), Some("CHNGOV"));
    assert_eq!(
        code(&t, 1, "China’s Ministry of State Security").as_deref(),
        Some("CHNSPY")
    );
    assert_eq!(code(&t, 1, "MI6 operatives").as_deref(), Some("GBRSPY"));
    let wang = find(&t, 1, "Chinese man");
    assert_eq!((wang.2.as_deref(), wang.3.as_deref()), (Some("CHNGOV"), Some("Wang")));
    let zhou = find(&t, 1, "wife");
    assert_eq!((zhou.2.as_deref(), zhou.3.as_deref()), (Some("CHNGOV"), Some("Zhou")));
    assert_eq!(code(&t, 10, "Zhou").as_deref(), Some("CHNGOV"));
    assert_eq!(code(&t, 3, "ministry").as_deref(), Some("CHNSPY"));
    // "The king was hesitant at first, but he couldn't resist." names no actor.
    assert!(t.iter().all(|(s, _, _, _)| *s != 11), "{t:?}");
}

#[test]
fn cia_article_people_and_bodies() {
    let t = table(&actors_of("001_"));
    assert_eq!(code(&t, 0, "CIA").as_deref(), Some("USASPY"));
    let r = find(&t, 10, "CIA Director John Ratcliffe");
    assert_eq!(
        (r.2.as_deref(), r.3.as_deref()),
        (Some("USASPY"), Some("John Ratcliffe"))
    );
    assert_eq!(code(&t, 11, "Ratcliffe").as_deref(), Some("USASPY"));
    let xi = find(&t, 6, "Chinese leader Xi Jinping");
    assert_eq!((xi.2.as_deref(), xi.3.as_deref()), (Some("CHNGOV"), Some("Xi Jinping")));
    let zhang = find(&t, 6, "Gen. Zhang Youxia");
    assert_eq!(
        (zhang.2.as_deref(), zhang.3.as_deref()),
        (Some("CHNMIL"), Some("Zhang Youxia"))
    );
    assert_eq!(code(&t, 16, "Chinese Embassy").as_deref(), Some("CHNGOV"));
    assert_eq!(code(&t, 1, "China’s military").as_deref(), Some("CHNMIL"));
}

#[test]
fn defection_article_dong_and_han() {
    let t = table(&actors_of("002_"));
    let dong = find(&t, 1, "China's Vice Minister of State Security Dong Jingwei");
    assert_eq!(
        (dong.2.as_deref(), dong.3.as_deref()),
        (Some("CHNSPY"), Some("Dong Jingwei"))
    );
    assert_eq!(code(&t, 9, "Dong").as_deref(), Some("CHNSPY"));
    let han = find(&t, 5, "Dr Han Lianchao");
    assert_eq!(
        (han.2.as_deref(), han.3.as_deref()),
        (Some("CHNOPP"), Some("Han Lianchao"))
    );
    assert_eq!(code(&t, 6, "Dr Han").as_deref(), Some("CHNOPP"));
    assert_eq!(code(&t, 9, "MSS").as_deref(), Some("CHNSPY"));
    assert_eq!(code(&t, 9, "Guoanbu").as_deref(), Some("CHNSPY"));
    // The title-case headline names no person "Defect".
    assert!(t.iter().all(|(_, _, _, e)| e.as_deref() != Some("Defect")), "{t:?}");
}
