//! A malformed rule pack fails the build with a message naming the file and the line.
//!
//! The test copies the real `build.rs` into a throw-away crate next to a small valid pack, then
//! breaks the pack one way at a time and runs `cargo build` on it: each must fail with
//! `rule pack error in …rules/FILE.toml:LINE: …`. The throw-away crate builds in its own target
//! directory under `target/`, so after the first run only the build script runs again.

use std::path::{Path, PathBuf};
use std::process::Command;

const PACK: &str = "version = \"test.1\"\nmedium = 40\nhigh = 70\n";

const FAMILIES: &str = r#"[general_advice]
zh = ["停"]
en = ["Stop"]

[low_advice]
zh = ["好"]
en = ["Fine"]

[[family]]
id = "task_rebate"
name = { zh = "刷单", en = "Task scam" }
summary = { zh = "刷单", en = "Task scam" }
advice = { zh = ["别刷"], en = ["Don't"] }
"#;

const CUES: &str = r#"family = "task_rebate"

[[cue]]
id = "msg.task_rebate.advance"
weight = 10
terms = ["垫付", "advance payment"]
zh = "垫付"
en = "Advance payment"

[[cue]]
id = "msg.task_rebate.commission"
weight = 10
terms = ["佣金"]
zh = "佣金"
en = "Commission"
"#;

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// The `[build-dependencies]` section of the real manifest, so the copy builds like the crate.
fn build_dependencies() -> String {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let start = manifest
        .find("[build-dependencies]")
        .expect("Cargo.toml has [build-dependencies]");
    let rest = &manifest[start..];
    let end = rest[1..].find("\n[").map(|i| i + 1).unwrap_or(rest.len());
    rest[..end].to_string()
}

fn scratch_crate() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("scamcheck-rule-pack-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    write(
        &dir,
        "Cargo.toml",
        &format!("[package]\nname = \"rule-pack-check\"\nversion = \"0.0.0\"\nedition = \"2021\"\nbuild = \"build.rs\"\n\n[workspace]\n\n{}", build_dependencies()),
    );
    write(&dir, "src/lib.rs", "");
    std::fs::copy(root.join("build.rs"), dir.join("build.rs")).unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    dir
}

fn reset_pack(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir.join("rules"));
    write(dir, "rules/pack.toml", PACK);
    write(dir, "rules/families.toml", FAMILIES);
    write(dir, "rules/cues/task_rebate.toml", CUES);
    std::fs::create_dir_all(dir.join("rules/signals")).unwrap();
    std::fs::create_dir_all(dir.join("rules/lists")).unwrap();
}

/// Runs `cargo build` on the scratch crate; returns (success, stderr).
fn build(dir: &Path) -> (bool, String) {
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/rule-pack-test");
    let out = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--offline"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// (what is broken, file to write, its text, the `rules/FILE:LINE` the error must name, a
/// fragment of the message).
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const CASES: &[Case] = &[
    (
        "TOML syntax error",
        "rules/pack.toml",
        "version = \"x\"\nmedium = 40\nhigh = = 70\n",
        "rules/pack.toml:3",
        "",
    ),
    (
        "unknown field in a rule",
        "rules/cues/task_rebate.toml",
        "family = \"task_rebate\"\n\n[[cue]]\nid = \"msg.task_rebate.advance\"\nweight = 10\nterms = [\"垫付\"]\nwieght = 3\nzh = \"垫付\"\nen = \"Advance\"\n",
        "rules/cues/task_rebate.toml:7",
        "wieght",
    ),
    (
        "rule id that is not dotted lowercase",
        "rules/cues/zz_extra.toml",
        "family = \"task_rebate\"\n\n# a comment\n[[cue]]\nid = \"Bad-Id\"\nterms = [\"x1\"]\nzh = \"x\"\nen = \"x\"\n",
        "rules/cues/zz_extra.toml:5",
        "Bad-Id",
    ),
    (
        "rule id used twice",
        "rules/cues/zz_extra.toml",
        "family = \"task_rebate\"\n\n\n[[cue]]\nid = \"msg.task_rebate.commission\"\nterms = [\"返佣\"]\nzh = \"x\"\nen = \"x\"\n",
        "rules/cues/zz_extra.toml:5",
        "duplicate rule id",
    ),
    (
        "phrase in two rules",
        "rules/cues/zz_extra.toml",
        "family = \"task_rebate\"\n\n[[cue]]\nid = \"msg.task_rebate.other\"\nzh = \"x\"\nen = \"x\"\nterms = [\"佣金\"]\n",
        "rules/cues/zz_extra.toml:7",
        "佣金",
    ),
    (
        "unknown family",
        "rules/cues/zz_extra.toml",
        "family = \"no_such_family\"\n\n[[cue]]\nid = \"msg.x.y\"\nterms = [\"abc\"]\nzh = \"x\"\nen = \"x\"\n",
        "rules/cues/zz_extra.toml:4",
        "no_such_family",
    ),
    (
        "score bands out of order",
        "rules/pack.toml",
        "version = \"x\"\nmedium = 80\nhigh = 70\n",
        "rules/pack.toml:2",
        "medium",
    ),
];

#[test]
fn a_malformed_pack_fails_the_build_naming_file_and_line() {
    let dir = scratch_crate();
    reset_pack(&dir);
    let (ok, err) = build(&dir);
    assert!(
        ok,
        "the valid test pack must build, or the cases below prove nothing:\n{err}"
    );

    let mut failures = Vec::new();
    for (what, file, text, at, fragment) in CASES {
        reset_pack(&dir);
        write(&dir, file, text);
        let (ok, err) = build(&dir);
        let line = err
            .lines()
            .find(|l| l.contains("rule pack error in"))
            .unwrap_or("");
        if ok {
            failures.push(format!("{what}: the build succeeded"));
        } else if !line.contains(at) || !line.contains(fragment) {
            failures.push(format!(
                "{what}: want {at:?} and {fragment:?} in the error, got {line:?}\n{err}"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
