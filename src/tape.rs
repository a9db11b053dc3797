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
//! Most strings of a Report are the rule pack's own (`&'static str`: rule and family ids,
//! names, summaries, explanations, advice). A [`TextTable`] numbers them: the first tape to
//! carry one puts it in the pool as a *new text*, which the reader keeps in its table under
//! the next number; later tapes give only the number. So after the first few checks the pool
//! holds only what comes from the input (entity texts, filled-in explanations, notes), and
//! the reader hands out strings it already has. Measured against the tape that held every
//! string (`scripts/ab.sh`, scripts/size/notes.md): a check of the 300-character Chinese scam
//! message took 0.90–0.94× the time in Chromium, a URL's 0.92–0.95×.
//!
//! The tape holds values only, field after field in the Report's declared order, with no type
//! tags and no keys: `src/tape.js` reads them back in the same order into object literals,
//! which V8 builds with fixed shapes (a generic reader that set each key by name cost ~20 µs
//! more per scam message in Node). Keeping the two files in step is what the wasm test
//! "check() gives what the JSON of the Report says" checks, for every case-table text through
//! one checker: the decoded object must stringify to exactly the bytes of
//! [`Report::write_json`].
//!
//! | value | words |
//! | --- | --- |
//! | string from the input | start and end in the pool (UTF-16 code units), start < [`NEW`] |
//! | new text (the reader's table takes it as its next entry) | [`NEW`] + start, end |
//! | text in the reader's table | [`KNOWN`] + its number, 0 |
//! | absent string (`Signal::family`) | [`ABSENT`], 0 |
//! | number | the value; `Signal::weight` as two's complement |
//! | bool | 0 or 1 |
//! | list | its length, then its items |
//! | struct | its fields, in declared order |
//!
//! The reader must read every string, in order: the numbering is the order of first use. A
//! tape that the reader failed to read is followed by a fresh table on both sides
//! (`src/wasm.rs`).

use crate::fasthash::FastMap;
use crate::report::{Entity, FamilyMatch, Report, Signal, Span};
use std::borrow::Cow;
use std::collections::hash_map::Entry;

/// The start word of an absent optional string.
pub const ABSENT: u32 = u32::MAX;
/// Added to the start word of a new text.
pub const NEW: u32 = 1 << 30;
/// Added to the number of a text in the reader's table.
pub const KNOWN: u32 = 1 << 31;

/// One encoded Report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tape {
    /// The words (see the module docs).
    pub words: Vec<u32>,
    /// The strings that the words point to, one after another, in UTF-16.
    pub pool: Vec<u16>,
}

/// The `&'static str`s that earlier tapes handed the reader, by address and length, with the
/// numbers the reader keeps them under. Only `&'static str`s go in, whose bytes never change;
/// it grows to at most the Report texts of the rule pack.
#[derive(Debug, Default)]
pub struct TextTable {
    numbers: FastMap<(usize, usize), u32>,
}

/// Encodes `report` for a reader with an empty table: every text is new.
pub fn encode(report: &Report) -> Tape {
    encode_with(report, &mut TextTable::default())
}

/// Encodes `report` for the reader whose table `table` describes, and adds the new texts to
/// it. The words are allocated once, at their final size; the pool at the length in UTF-8
/// of the strings from the input, which none exceeds in UTF-16, so that it grows only for a
/// tape with new texts.
pub fn encode_with(report: &Report, table: &mut TextTable) -> Tape {
    let (words, bytes) = sizes(report);
    let mut w = Writer {
        words: Vec::with_capacity(words),
        pool: Vec::with_capacity(bytes),
        table,
    };
    w.text(report.kind.name());
    w.text(report.lang.name());
    w.num(report.score.into());
    w.text(report.level.name());
    w.text(report.level_label);
    w.list(&report.families, Writer::family);
    w.list(&report.signals, Writer::signal);
    w.list(&report.advice, |w, s| w.text(s));
    w.list(&report.entities, Writer::entity);
    w.list(&report.notes, |w, s| w.str(s));
    w.num(report.input.bytes);
    w.num(report.input.checked_bytes);
    w.num(report.input.truncated.into());
    w.text(report.rules_version);
    w.text(report.rules_hash);
    Tape {
        words: w.words,
        pool: w.pool,
    }
}

/// The words that `report` needs, and the UTF-8 bytes of its strings from the input.
fn sizes(r: &Report) -> (usize, usize) {
    // Six strings, the score, five list lengths, the three numbers of `input`.
    let mut words = 6 * 2 + 1 + 5 + 3;
    let mut bytes = 0;
    words += r.families.len() * (3 * 2 + 1);
    for s in &r.signals {
        words += 3 * 2 + 1 + 1 + 4 * s.spans.len();
        if let Cow::Owned(filled) = &s.explanation {
            bytes += filled.len();
        }
    }
    for e in &r.entities {
        words += 2 * 2 + 4;
        bytes += e.text.len();
    }
    words += 2 * (r.advice.len() + r.notes.len());
    bytes += r.notes.iter().map(String::len).sum::<usize>();
    (words, bytes)
}

/// A tape being written.
struct Writer<'t> {
    words: Vec<u32>,
    pool: Vec<u16>,
    table: &'t mut TextTable,
}

impl Writer<'_> {
    /// A string from the input.
    fn str(&mut self, s: &str) {
        let start = self.put(s);
        self.words
            .extend_from_slice(&[start, self.pool.len() as u32]);
    }

    /// A text of the rule pack (or any `&'static str`): its number when the reader has it,
    /// else the text itself, marked new.
    fn text(&mut self, s: &'static str) {
        let next = self.table.numbers.len() as u32;
        match self.table.numbers.entry((s.as_ptr() as usize, s.len())) {
            Entry::Occupied(known) => self.words.extend_from_slice(&[KNOWN + known.get(), 0]),
            Entry::Vacant(new) => {
                new.insert(next);
                let start = self.put(s);
                self.words
                    .extend_from_slice(&[NEW + start, self.pool.len() as u32]);
            }
        }
    }

    /// Appends `s` to the pool and returns where it starts. Reports are far below the 2^30
    /// code units that would run into the tag bits ([`crate::limits`] caps what they quote).
    fn put(&mut self, s: &str) -> u32 {
        let start = self.pool.len() as u32;
        if s.is_ascii() {
            self.pool.extend(s.bytes().map(u16::from));
        } else {
            self.pool.extend(s.encode_utf16());
        }
        debug_assert!(self.pool.len() < NEW as usize);
        start
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
        self.text(f.id);
        self.text(f.name);
        self.text(f.summary);
        self.num(f.score.into());
    }

    fn signal(&mut self, s: &Signal) {
        self.text(s.rule);
        match s.family {
            Some(family) => self.text(family),
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
        self.text(e.kind);
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
    use serde_json::{json, Value};

    /// A reader of tapes as `src/tape.js` reads them, to a JSON value: its table of texts
    /// lasts from one tape to the next.
    #[derive(Default)]
    struct Reader {
        table: Vec<String>,
    }

    impl Reader {
        fn read(&mut self, tape: &Tape) -> Value {
            let mut r = Reading {
                tape,
                table: &mut self.table,
                at: 0,
            };
            let span = |r: &mut Reading| json!({"start": r.num(), "end": r.num(), "start16": r.num(), "end16": r.num()});
            let report = json!({
                "kind": r.str(),
                "lang": r.str(),
                "score": r.num(),
                "level": r.str(),
                "level_label": r.str(),
                "families": r.list(|r| json!({
                    "id": r.str(), "name": r.str(), "summary": r.str(), "score": r.num()
                })),
                "signals": r.list(|r| {
                    let rule = r.str();
                    let family = if r.tape.words[r.at] == ABSENT {
                        r.at += 2;
                        None
                    } else {
                        Some(r.str())
                    };
                    let mut signal = json!({
                        "rule": rule,
                        "family": family,
                        "weight": r.num() as i32,
                        "spans": r.list(span),
                        "explanation": r.str(),
                    });
                    if family.is_none() {
                        signal.as_object_mut().unwrap().remove("family");
                    }
                    signal
                }),
                "advice": r.list(|r| r.str().into()),
                "entities": r.list(|r| json!({"kind": r.str(), "text": r.str(), "span": span(r)})),
                "notes": r.list(|r| r.str().into()),
                "input": {"bytes": r.num(), "checked_bytes": r.num(), "truncated": r.num() == 1},
                "rules_version": r.str(),
                "rules_hash": r.str(),
            });
            assert_eq!(r.at, tape.words.len(), "every word read");
            report
        }
    }

    struct Reading<'a> {
        tape: &'a Tape,
        table: &'a mut Vec<String>,
        at: usize,
    }

    impl Reading<'_> {
        fn num(&mut self) -> u32 {
            self.at += 1;
            self.tape.words[self.at - 1]
        }

        fn str(&mut self) -> String {
            let (a, b) = (self.num(), self.num());
            let pool = |start: u32| String::from_utf16(&self.tape.pool[start as usize..b as usize]);
            if a >= KNOWN {
                self.table[(a - KNOWN) as usize].clone()
            } else if a >= NEW {
                let text = pool(a - NEW).unwrap();
                self.table.push(text.clone());
                text
            } else {
                pool(a).unwrap()
            }
        }

        fn list(&mut self, mut item: impl FnMut(&mut Self) -> Value) -> Value {
            let n = self.num();
            (0..n).map(|_| item(self)).collect()
        }
    }

    const INPUTS: [&str; 6] = [
        "",
        "http://xn--80ak6aa92e.com/login",
        "【银行】您尾号1234的账户被冻结，点击 http://a.top/x 解冻 😀",
        "加薇信 abc123 做任务 日赚 500，先垫付 100 元，联单后返佣金 15%！\u{202E}",
        "Hi mum, I lost my phone, this is my new number, can you send £200?",
        "日息1% 保本保息 USDT 带单",
    ];

    /// Every input's report in both languages, in a repeatable order.
    fn reports() -> Vec<Report> {
        let engine = Engine::new();
        [Lang::Zh, Lang::En]
            .into_iter()
            .flat_map(|lang| {
                INPUTS.map(|input| {
                    engine.check(
                        input,
                        &CheckOptions {
                            kind: Kind::Auto,
                            lang,
                        },
                    )
                })
            })
            .collect()
    }

    #[test]
    fn a_reader_that_keeps_its_table_reads_every_report_back() {
        let (mut table, mut reader) = (TextTable::default(), Reader::default());
        for round in 0..2 {
            for report in reports() {
                let tape = encode_with(&report, &mut table);
                let want = serde_json::to_value(&report).unwrap();
                assert_eq!(reader.read(&tape), want, "round {round}");
                // A reader without a table reads a tape for one.
                assert_eq!(Reader::default().read(&encode(&report)), want);
            }
        }
        assert_eq!(reader.table.len(), table.numbers.len());
    }

    #[test]
    fn a_text_goes_in_the_pool_once_per_table() {
        let mut table = TextTable::default();
        for report in reports() {
            let first = encode_with(&report, &mut table);
            let again = encode_with(&report, &mut table);
            let new = |t: &Tape| {
                (t.words.iter())
                    .filter(|&&w| (NEW..KNOWN).contains(&w))
                    .count()
            };
            assert_eq!(new(&again), 0, "{:?}", report.input);
            // Left in the pool: what came from the input.
            let from_input: String = (report.signals.iter())
                .filter_map(|s| match &s.explanation {
                    Cow::Owned(filled) => Some(filled.as_str()),
                    Cow::Borrowed(_) => None,
                })
                .chain(report.entities.iter().map(|e| e.text.as_str()))
                .chain(report.notes.iter().map(String::as_str))
                .collect();
            assert_eq!(again.pool, from_input.encode_utf16().collect::<Vec<_>>());
            assert!(first.pool.len() >= again.pool.len());
        }
    }

    #[test]
    fn sizes_are_exact_and_no_buffer_grows_once_the_texts_are_known() {
        let mut table = TextTable::default();
        let long = "稳赚不赔 日息1% 带单 USDT ".repeat(200);
        for report in reports().iter().chain(&reports_of(&long)) {
            let (words, bytes) = sizes(report);
            encode_with(report, &mut table);
            let tape = encode_with(report, &mut table);
            assert_eq!(tape.words.len(), words, "{:?}", report.input);
            assert_eq!(tape.words.capacity(), words, "{:?}", report.input);
            assert_eq!(tape.pool.capacity(), bytes, "{:?}", report.input);
        }
    }

    fn reports_of(text: &str) -> Vec<Report> {
        let engine = Engine::new();
        [Lang::Zh, Lang::En]
            .map(|lang| {
                engine.check(
                    text,
                    &CheckOptions {
                        kind: Kind::Auto,
                        lang,
                    },
                )
            })
            .into()
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
        let mut table = TextTable::default();
        let mut w = Writer {
            words: vec![],
            pool: vec![],
            table: &mut table,
        };
        w.signal(&signal);
        w.signal(&signal);
        assert_eq!(w.words[..6], [NEW, 17, ABSENT, 0, (-20i32) as u32, 0]);
        assert_eq!(w.words[8..14], [KNOWN, 0, ABSENT, 0, (-20i32) as u32, 0]);
    }
}
