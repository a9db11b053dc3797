//! Cue phrases: every `terms` entry of the pack's cue and guard rules, found with two
//! Aho-Corasick automata built once per engine. The same automata find the negation and
//! condition words of [`super::negation`], so that each view is scanned once.
//!
//! Phrases with a CJK (or other non-ASCII) character are searched in the compact view, where
//! spaces and symbols between characters are gone; ASCII phrases are searched in the folded
//! view and must stand as whole words (`win` does not fire inside `window`). Negation words
//! are found in the folded view: a Chinese one found in the compact view counts only where
//! the folded view holds it as written.

use super::negation::{self, Marks};
use super::{Finding, Findings};
use crate::normalize::Views;
use crate::phrases::PhraseSet;
use crate::rules::{self, RuleIdx};
use aho_corasick::MatchKind;
use std::ops::Range;

/// What a phrase of the automata stands for.
#[derive(Debug, Clone, Copy)]
enum Phrase {
    /// A term of a cue or guard rule.
    Cue(RuleIdx),
    /// A negation word (`false`) or condition word (`true`).
    Mark(bool),
}

/// The cue automata.
#[derive(Debug, Clone)]
pub struct CueMatcher {
    compact: PhraseSet,
    compact_phrases: Vec<Phrase>,
    words: PhraseSet,
    word_phrases: Vec<Phrase>,
}

impl CueMatcher {
    /// Builds the automata from the pack's phrases (already in the form each view holds them,
    /// see [`rules::compact_terms`]) and the negation words.
    pub fn new() -> Self {
        let cues = |(term, rule)| (term, Phrase::Cue(rule));
        let (mut compact_terms, mut compact_phrases): (Vec<&str>, Vec<Phrase>) =
            rules::compact_terms().map(cues).unzip();
        let (mut word_terms, mut word_phrases): (Vec<&str>, Vec<Phrase>) =
            rules::word_terms().map(cues).unzip();
        for (word, condition) in negation::words() {
            if word.is_ascii() {
                word_terms.push(word);
                word_phrases.push(Phrase::Mark(condition));
            } else {
                compact_terms.push(word);
                compact_phrases.push(Phrase::Mark(condition));
            }
        }
        CueMatcher {
            compact: PhraseSet::new(&compact_terms, MatchKind::Standard),
            compact_phrases,
            words: PhraseSet::new(&word_terms, MatchKind::Standard),
            word_phrases,
        }
    }

    /// Records every cue and guard phrase found in `views`, and returns the negation and
    /// condition words found.
    pub fn scan(&self, views: &Views, out: &mut Findings) -> Marks {
        let mut hits: Vec<(RuleIdx, (usize, usize))> = Vec::with_capacity(32);
        let mut marks = Marks::default();
        let compact = &views.compact;
        let folded = &views.folded;
        for m in self
            .compact
            .find_overlapping_iter_in(&compact.text, 0..compact.text.len())
        {
            match self.compact_phrases[m.pattern().as_usize()] {
                Phrase::Cue(rule) => hits.push((rule, compact.to_original(m.start(), m.end()))),
                Phrase::Mark(condition) => {
                    // Characters adjacent in the compact view may stand apart in the folded one.
                    let word = &compact.text.as_bytes()[m.range()];
                    let at = views.folded_offset(m.start());
                    if folded.text.as_bytes()[at..].starts_with(word) {
                        marks.add(at, at + word.len(), condition);
                    }
                }
            }
        }
        // The word phrases are ASCII, so each match lies within a run of ASCII bytes: the
        // rest of a Chinese text need not be scanned.
        let bytes = folded.text.as_bytes();
        let is_word = |i: Option<usize>| {
            i.and_then(|i| bytes.get(i))
                .is_some_and(|b| b.is_ascii_alphanumeric())
        };
        for run in ascii_runs(bytes, self.words.min_len()) {
            for m in self.words.find_overlapping_iter_in(&folded.text, run) {
                if is_word(m.start().checked_sub(1)) || is_word(Some(m.end())) {
                    continue;
                }
                match self.word_phrases[m.pattern().as_usize()] {
                    Phrase::Cue(rule) => hits.push((rule, folded.to_original(m.start(), m.end()))),
                    Phrase::Mark(condition) => marks.add(m.start(), m.end(), condition),
                }
            }
        }
        hits.sort_unstable();
        // One finding per rule, its spans in order without repeats, each list in one
        // allocation.
        for group in hits.chunk_by(|a, b| a.0 == b.0) {
            let rule = group[0].0;
            let spans = match out.list.last_mut() {
                Some(last) if last.rule == rule && last.weight.is_none() => &mut last.spans,
                _ => {
                    out.add(Finding {
                        rule,
                        spans: Vec::with_capacity(group.len()),
                        args: Vec::new(),
                        weight: None,
                    });
                    &mut out.list.last_mut().expect("just added").spans
                }
            };
            for &(_, span) in group {
                if spans.last() != Some(&span) {
                    spans.push(span);
                }
            }
        }
        marks
    }
}

impl Default for CueMatcher {
    fn default() -> Self {
        Self::new()
    }
}

/// The maximal runs of ASCII bytes in `bytes` that are at least `min_len` long.
fn ascii_runs(bytes: &[u8], min_len: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let start = at + bytes[at..].iter().position(u8::is_ascii)?;
            let end = start
                + bytes[start..]
                    .iter()
                    .position(|b| !b.is_ascii())
                    .unwrap_or(bytes.len() - start);
            at = end;
            if end - start >= min_len.max(1) {
                return Some(start..end);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_ascii_runs() {
        let cases: &[(&str, usize, &[&str])] = &[
            ("", 2, &[]),
            ("abc", 2, &["abc"]),
            ("加vx做刷单 win big", 3, &[" win big"]),
            ("a刷bc单d", 2, &["bc"]),
            ("a刷bc单d", 1, &["a", "bc", "d"]),
            ("a刷bc单d", 0, &["a", "bc", "d"]),
            ("刷单", 1, &[]),
        ];
        for (text, min, want) in cases {
            let got: Vec<&str> = ascii_runs(text.as_bytes(), *min)
                .map(|r| &text[r])
                .collect();
            assert_eq!(got, *want, "{text:?} {min}");
        }
    }
}
