//! A harness for instruction counts: builds one engine and checks one bench input N times.
//! `scripts/instructions.sh` runs it under callgrind and prints the engine's start-up and the
//! cost of one check, figures that stay put on a busy machine where wall time does not.
//!
//!     cargo run --profile bench --example profile -- zh300 100 [tape]
//!
//! With `tape`, each report is also encoded as the wasm build's tape (src/tape.rs).
use scamcheck::{CheckOptions, Engine, Kind, Lang};

fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().unwrap_or_else(|| "zh300".into());
    let times: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100);
    let tape = args.next().as_deref() == Some("tape");
    let inputs = std::fs::read_to_string("benches/inputs/inputs.json")
        .expect("run from the repository root");
    let inputs: serde_json::Value = serde_json::from_str(&inputs).expect("inputs.json is JSON");
    let text = inputs[&name]
        .as_str()
        .unwrap_or_else(|| panic!("no bench input {name:?}"))
        .to_string();
    let engine = Engine::new();
    // As the wasm Checker does: the rule pack's texts go to the reader once.
    let mut texts = scamcheck::tape::TextTable::default();
    let options = CheckOptions {
        kind: Kind::Auto,
        lang: Lang::Zh,
    };
    let signals: usize = (0..times)
        .map(|_| {
            let report = engine.check(&text, &options);
            if tape {
                std::hint::black_box(scamcheck::tape::encode_with(&report, &mut texts));
            }
            report.signals.len()
        })
        .sum();
    std::hint::black_box(signals);
}
