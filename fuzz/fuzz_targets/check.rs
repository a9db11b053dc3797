//! `Engine::check` on any text, for every kind and language.
//!
//! The first byte picks the kind (low 3 bits) and the language (bit 3); the rest is the text
//! (invalid UTF-8 is replaced lossily so every input reaches the engine). Beyond "does not
//! panic", the target asserts the report's invariants, so a wrong span is a crash too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scamcheck::{CheckOptions, Engine, Kind, Lang, Level};
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

const KINDS: [Kind; 5] = [Kind::Auto, Kind::Url, Kind::Qr, Kind::Message, Kind::Pitch];

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let kind = KINDS[(sel & 7) as usize % KINDS.len()];
    let lang = if sel & 8 == 0 { Lang::Zh } else { Lang::En };
    let text = String::from_utf8_lossy(rest);
    let engine = ENGINE.get_or_init(Engine::new);
    let report = engine.check(&text, &CheckOptions { kind, lang });

    assert_eq!(report.level, Level::from_score(report.score));
    assert!(report.score <= 100);
    assert_eq!(report.input.bytes, text.len());
    assert!(report.input.checked_bytes <= text.len());
    let checked = &text[..report.input.checked_bytes];
    let spans = report
        .signals
        .iter()
        .flat_map(|s| s.spans.iter())
        .chain(report.entities.iter().map(|e| &e.span));
    for sp in spans {
        assert!(
            sp.start <= sp.end && sp.end <= checked.len(),
            "span {sp:?} out of range"
        );
        assert!(
            checked.is_char_boundary(sp.start) && checked.is_char_boundary(sp.end),
            "span {sp:?} cuts a character"
        );
        assert_eq!(checked[..sp.start].encode_utf16().count(), sp.start16);
        assert_eq!(checked[..sp.end].encode_utf16().count(), sp.end16);
    }
    let json = serde_json::to_string(&report).expect("report serializes");
    let again = serde_json::to_string(&engine.check(&text, &CheckOptions { kind, lang })).unwrap();
    assert_eq!(json, again, "check is not deterministic");
});
