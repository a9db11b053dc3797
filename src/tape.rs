//! The [`Report`] as the wasm build hands it to JavaScript: one list of `u32` words and one
//! string pool, which `src/tape.js` turns into plain objects in one pass.
//!
//! Why: building the Report in JavaScript field by field through wasm-bindgen costs a crossing
//! between wasm and JS for every value and a `TextDecoder` call for every string. With the tape
//! the wasm side crosses once: JS decodes the pool with one `TextDecoder("utf-16le")` call and
//! slices each string out of the result. The pool is in UTF-16: for the 3.5 KB of a scam
//! message's Report, Node's UTF-8 `TextDecoder` took 14–18 µs and its UTF-16 one 2–3 µs
//! (Chromium: ~4 µs either way). Writing UTF-8 would have saved Rust ~16 k instructions.
//!
//! The tape holds values only, field after field in the Report's declared order, with no type
//! tags and no keys: `src/tape.js` reads them back in the same order into object literals,
//! which V8 builds with fixed shapes (a generic reader that set each key by name cost ~20 µs
//! more per scam message in Node). Keeping the two files in step is what the wasm test
//! "check() gives what the JSON of the Report says" checks, for every case-table text: the
//! decoded object must stringify to exactly the bytes of [`Report::write_json`].
//!
//! | value | words |
//! | --- | --- |
//! | string | start and end in the pool (UTF-16 code units) |
//! | absent string (`Signal::family`) | [`ABSENT`], 0 |
//! | number | the value; `Signal::weight` as two's complement |
//! | bool | 0 or 1 |
//! | list | its length, then its items |
//! | struct | its fields, in declared order |

use crate::fasthash::FastMap;
use crate::report::{Entity, FamilyMatch, Report, Signal, Span};
use std::borrow::Cow;

/// The start word of an absent optional string.
pub const ABSENT: u32 = u32::MAX;

/// One encoded Report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tape {
    /// The words (see the module docs).
    pub words: Vec<u32>,
    /// Every string of the Report, one after another, in UTF-16.
    pub pool: Vec<u16>,
}

/// UTF-16 copies of the rule pack's non-ASCII texts (family names and summaries, explanations
/// without placeholders, advice), made the first time a report carries one and copied whole
/// afterwards. Re-encoding them cost ~25 wasm instructions a character, a tenth of a
/// Chinese message's check. Keyed by address and length, so it holds only `&'static str`s,
/// whose bytes never change; it grows to at most the pack's texts.
#[derive(Debug, Default)]
pub struct Utf16Cache {
    ranges: FastMap<(usize, usize), (u32, u32)>,
    units: Vec<u16>,
}

impl Utf16Cache {
    /// `text` in UTF-16.
    fn get(&mut self, text: &'static str) -> &[u16] {
        let (start, end) = *self
            .ranges
            .entry((text.as_ptr() as usize, text.len()))
            .or_insert_with(|| {
                let start = self.units.len() as u32;
                self.units.extend(text.encode_utf16());
                (start, self.units.len() as u32)
            });
        &self.units[start as usize..end as usize]
    }
}

/// Encodes `report`, encoding every text anew.
pub fn encode(report: &Report) -> Tape {
    encode_with(report, &mut Utf16Cache::default())
}

/// Encodes `report`, taking the rule pack's texts from `cache`. Both buffers are allocated
/// once: the words at their final size, the pool at the strings' length in UTF-8, which no
/// string exceeds in UTF-16.
pub fn encode_with(report: &Report, cache: &mut Utf16Cache) -> Tape {
    let (words, bytes) = sizes(report);
    let mut w = Writer {
        words: Vec::with_capacity(words),
        pool: Vec::with_capacity(bytes),
        cache,
    };
    w.str(report.kind.name());
    w.str(report.lang.name());
    w.num(report.score.into());
    w.str(report.level.name());
    w.text(report.level_label);
    w.list(&report.families, Writer::family);
    w.list(&report.signals, Writer::signal);
    w.list(&report.advice, |w, s| w.text(s));
    w.list(&report.entities, Writer::entity);
    w.list(&report.notes, |w, s| w.str(s));
    w.num(report.input.bytes);
    w.num(report.input.checked_bytes);
    w.num(report.input.truncated.into());
    w.str(report.rules_version);
    w.str(report.rules_hash);
    Tape {
        words: w.words,
        pool: w.pool,
    }
}

/// The words and the pool bytes that `report` needs.
fn sizes(r: &Report) -> (usize, usize) {
    // Six strings, the score, five list lengths, the three numbers of `input`.
    let mut words = 6 * 2 + 1 + 5 + 3;
    let mut bytes = r.kind.name().len() + r.lang.name().len() + r.level.name().len();
    bytes += r.level_label.len() + r.rules_version.len() + r.rules_hash.len();
    for f in &r.families {
        words += 3 * 2 + 1;
        bytes += f.id.len() + f.name.len() + f.summary.len();
    }
    for s in &r.signals {
        words += 3 * 2 + 1 + 1 + 4 * s.spans.len();
        bytes += s.rule.len() + s.family.map_or(0, str::len) + s.explanation.len();
    }
    for e in &r.entities {
        words += 2 * 2 + 4;
        bytes += e.kind.len() + e.text.len();
    }
    words += 2 * (r.advice.len() + r.notes.len());
    bytes += r.advice.iter().map(|s| s.len()).sum::<usize>();
    bytes += r.notes.iter().map(String::len).sum::<usize>();
    (words, bytes)
}

/// A tape being written.
struct Writer<'c> {
    words: Vec<u32>,
    pool: Vec<u16>,
    cache: &'c mut Utf16Cache,
}

impl Writer<'_> {
    /// Any string.
    fn str(&mut self, s: &str) {
        let start = self.pool.len() as u32;
        if s.is_ascii() {
            self.pool.extend(s.bytes().map(u16::from));
        } else {
            self.pool.extend(s.encode_utf16());
        }
        self.words
            .extend_from_slice(&[start, self.pool.len() as u32]);
    }

    /// A text of the rule pack: non-ASCII ones come from the cache.
    fn text(&mut self, s: &'static str) {
        if s.is_ascii() {
            return self.str(s);
        }
        let start = self.pool.len() as u32;
        self.pool.extend_from_slice(self.cache.get(s));
        self.words
            .extend_from_slice(&[start, self.pool.len() as u32]);
    }

    /// A count, offset or score; saturates at `u32::MAX` (inputs are far below 4 GiB).
    #[inline]
    fn num(&mut self, n: usize) {
        self.words.push(u32::try_from(n).unwrap_or(u32::MAX));
    }

    fn list<T>(&mut self, items: &[T], item: impl Fn(&mut Self, &T)) {
        self.num(items.len());
        for x in items {
            item(self, x);
        }
    }

    fn family(&mut self, f: &FamilyMatch) {
        self.str(f.id);
        self.text(f.name);
        self.text(f.summary);
        self.num(f.score.into());
    }

    fn signal(&mut self, s: &Signal) {
        self.str(s.rule);
        match s.family {
            Some(family) => self.str(family),
            None => self.words.extend_from_slice(&[ABSENT, 0]),
        }
        self.words.push(i32::from(s.weight) as u32);
        self.list(&s.spans, Writer::span);
        match &s.explanation {
            Cow::Borrowed(text) => self.text(text),
            Cow::Owned(filled) => self.str(filled),
        }
    }

    fn entity(&mut self, e: &Entity) {
        self.str(e.kind);
        self.str(&e.text);
        self.span(&e.span);
    }

    #[inline]
    fn span(&mut self, s: &Span) {
        for n in [s.start, s.end, s.start16, s.end16] {
            self.num(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CheckOptions, Engine, Kind, Lang};

    /// The string whose offsets are words `at` and `at + 1` of the tape.
    fn text(tape: &Tape, at: usize) -> String {
        String::from_utf16(&tape.pool[tape.words[at] as usize..tape.words[at + 1] as usize])
            .unwrap()
    }

    #[test]
    fn writes_the_fields_in_declared_order() {
        let report = Engine::new().check(
            "【银行】您尾号1234的账户被冻结，点击 http://a.top/x 解冻 😀",
            &CheckOptions {
                kind: Kind::Auto,
                lang: Lang::Zh,
            },
        );
        let tape = encode(&report);
        assert_eq!(text(&tape, 0), report.kind.name());
        assert_eq!(text(&tape, 2), "zh");
        assert_eq!(tape.words[4], u32::from(report.score));
        assert_eq!(text(&tape, 5), report.level.name());
        assert_eq!(text(&tape, 7), report.level_label);
        assert_eq!(tape.words[9] as usize, report.families.len());
        assert!(!report.families.is_empty() && !report.signals.is_empty());
        assert_eq!(text(&tape, 10), report.families[0].id);
        // The Report ends with input (three numbers) and the two rule-pack strings.
        let n = tape.words.len();
        assert_eq!(text(&tape, n - 2), report.rules_hash);
        assert_eq!(text(&tape, n - 4), report.rules_version);
        assert_eq!(tape.words[n - 5], 0, "not truncated");
        assert_eq!(tape.words[n - 7] as usize, report.input.bytes);
    }

    /// The UTF-16 length of all the strings in `v` (keys aside).
    fn string_units(v: &serde_json::Value) -> usize {
        match v {
            serde_json::Value::String(s) => s.encode_utf16().count(),
            serde_json::Value::Array(a) => a.iter().map(string_units).sum(),
            serde_json::Value::Object(o) => o.values().map(string_units).sum(),
            _ => 0,
        }
    }

    #[test]
    fn sizes_are_exact_and_no_buffer_grows() {
        let engine = Engine::new();
        let inputs = [
            "",
            "http://xn--80ak6aa92e.com/login",
            "加薇信 abc123 做任务 日赚 500，先垫付 100 元，联单后返佣金 15%！\u{202E}",
            &"稳赚不赔 日息1% 带单 USDT ".repeat(200),
        ];
        for input in inputs {
            for lang in [Lang::Zh, Lang::En] {
                let report = engine.check(
                    input,
                    &CheckOptions {
                        kind: Kind::Auto,
                        lang,
                    },
                );
                let (words, bytes) = sizes(&report);
                let tape = encode(&report);
                let units = string_units(&serde_json::to_value(&report).unwrap());
                assert_eq!(tape.words.len(), words, "{input:?}");
                assert_eq!(tape.words.capacity(), words, "{input:?}");
                assert_eq!(tape.pool.capacity(), bytes, "{input:?}");
                assert_eq!(tape.pool.len(), units, "{input:?}");
            }
        }
    }

    #[test]
    fn the_cache_changes_no_tape() {
        let engine = Engine::new();
        let mut cache = Utf16Cache::default();
        let inputs = [
            "刷单返利，先垫付后返佣 http://task-app.vip/dl.apk",
            "您尾号1234的账户被冻结，请联系 95588，不要告诉家人",
            "Hi mum, I lost my phone, this is my new number, can you send £200?",
            "日息1% 保本保息 USDT",
        ];
        for _round in 0..2 {
            for input in inputs {
                for lang in [Lang::Zh, Lang::En] {
                    let options = CheckOptions {
                        kind: Kind::Auto,
                        lang,
                    };
                    let report = engine.check(input, &options);
                    assert_eq!(
                        encode_with(&report, &mut cache),
                        encode(&report),
                        "{input:?}"
                    );
                }
            }
        }
        assert!(!cache.ranges.is_empty(), "the reports carried pack texts");
    }

    #[test]
    fn an_absent_family_and_a_negative_weight_have_fixed_encodings() {
        let signal = Signal {
            rule: "msg.guard.example",
            family: None,
            weight: -20,
            spans: vec![],
            explanation: "x".into(),
        };
        let mut cache = Utf16Cache::default();
        let mut w = Writer {
            words: vec![],
            pool: vec![],
            cache: &mut cache,
        };
        w.signal(&signal);
        assert_eq!(w.words[2..5], [ABSENT, 0, (-20i32) as u32]);
        assert_eq!(w.words[5], 0, "no spans");
    }
}
