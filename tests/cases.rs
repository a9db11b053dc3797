//! Runs every case table under `tests/cases/*.toml` against the native engine.
//!
//! A case table is a list of `[[case]]` entries:
//!
//! ```toml
//! [[case]]
//! text = "兼职刷单，先垫付后返佣金"
//! kind = "message"            # optional: auto, url, qr, message, pitch (default auto)
//! lang = "zh"                 # optional: zh or en (default zh)
//! level = "high"              # low | medium | high | medium+ (medium or high) | medium- (low or medium)
//! families = ["task_rebate"]  # optional: families the report must name
//! rules = ["msg.task_rebate.advance_payment"]   # optional: rules that must fire
//! not_rules = ["url.brand_elsewhere"]           # optional: rules that must not fire
//! expect_kind = "message"     # optional: the kind auto-detection must choose
//! why = "what the case stands for"
//! ```
//!
//! The same tables run against the wasm build under Node (`tests/wasm/cases.test.mjs`).

use scamcheck::{CheckOptions, Engine, Kind, Lang, Level, Report};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    text: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    level: String,
    #[serde(default)]
    families: Vec<String>,
    #[serde(default)]
    rules: Vec<String>,
    #[serde(default)]
    not_rules: Vec<String>,
    #[serde(default)]
    expect_kind: Option<String>,
    #[serde(default)]
    why: Option<String>,
}

fn level_ok(want: &str, got: Level) -> Result<bool, String> {
    Ok(match want {
        "low" => got == Level::Low,
        "medium" => got == Level::Medium,
        "high" => got == Level::High,
        "medium+" => got >= Level::Medium,
        "medium-" => got <= Level::Medium,
        other => return Err(format!("unknown level {other:?}")),
    })
}

fn problems(case: &Case, r: &Report) -> Vec<String> {
    let mut out = Vec::new();
    match level_ok(&case.level, r.level) {
        Ok(true) => {}
        Ok(false) => out.push(format!(
            "level {:?} (score {}), want {}",
            r.level, r.score, case.level
        )),
        Err(e) => out.push(e),
    }
    for f in &case.families {
        if !r.families.iter().any(|m| m.id == f) {
            out.push(format!("family {f} missing"));
        }
        if scamcheck::rules::family_by_id(f).is_none() {
            out.push(format!("family {f} is not in the pack"));
        }
    }
    for id in &case.rules {
        if !r.signals.iter().any(|s| s.rule == id) {
            out.push(format!("rule {id} did not fire"));
        }
        if scamcheck::rules::rule_by_id(id).is_none() {
            out.push(format!("rule {id} is not in the pack"));
        }
    }
    for id in &case.not_rules {
        if r.signals.iter().any(|s| s.rule == id) {
            out.push(format!("rule {id} fired but must not"));
        }
    }
    if let Some(k) = &case.expect_kind {
        let got = serde_json::to_value(r.kind).unwrap();
        if got.as_str() != Some(k.as_str()) {
            out.push(format!("kind {got}, want {k}"));
        }
    }
    out
}

#[test]
fn every_case_table_passes() {
    let engine = Engine::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut total = 0;
    let mut failures = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let table: Table =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (i, case) in table.case.iter().enumerate() {
            total += 1;
            let kind = case
                .kind
                .as_deref()
                .map(|k| Kind::parse(k).expect("kind"))
                .unwrap_or_default();
            let lang = case
                .lang
                .as_deref()
                .map(|l| Lang::parse(l).expect("lang"))
                .unwrap_or_default();
            let report = engine.check(&case.text, &CheckOptions { kind, lang });
            let p = problems(case, &report);
            if !p.is_empty() {
                let rules: Vec<String> = report
                    .signals
                    .iter()
                    .map(|s| format!("{}({})", s.rule, s.weight))
                    .collect();
                failures.push(format!(
                    "{} case {} {:?}{}\n    {}\n    fired: {}",
                    path.file_name().unwrap().to_string_lossy(),
                    i + 1,
                    case.text.chars().take(80).collect::<String>(),
                    case.why
                        .as_deref()
                        .map(|w| format!(" ({w})"))
                        .unwrap_or_default(),
                    p.join("; "),
                    rules.join(", ")
                ));
            }
        }
    }
    eprintln!("{total} cases in {} tables", paths.len());
    assert!(total > 0, "no cases found under tests/cases");
    assert!(
        failures.is_empty(),
        "{} of {total} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
