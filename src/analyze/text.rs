//! Cue phrases: every `terms` entry of the pack's cue and guard rules, found with two
//! Aho-Corasick automata built once per engine.
//!
//! Phrases with a CJK (or other non-ASCII) character are searched in the compact view, where
//! spaces and symbols between characters are gone; ASCII phrases are searched in the folded
//! view and must stand as whole words (`win` does not fire inside `window`).

use super::{Finding, Findings};
use crate::normalize::{MappedText, Views};
use crate::phrases::PhraseSet;
use crate::rules::{self, RuleIdx};
use aho_corasick::MatchKind;
use std::ops::Range;

/// The cue automata.
#[derive(Debug, Clone)]
pub struct CueMatcher {
    compact: PhraseSet,
    compact_rules: Vec<RuleIdx>,
    words: PhraseSet,
    word_rules: Vec<RuleIdx>,
}

/// Drops what the compact view drops, so a phrase written with a space still matches.
fn compact_term(term: &str) -> String {
    term.chars().filter(|c| c.is_alphanumeric()).collect()
}

impl CueMatcher {
    /// Builds the automata from the pack's phrases.
    pub fn new() -> Self {
        let mut compact_terms = Vec::new();
        let mut compact_rules = Vec::new();
        let mut word_terms = Vec::new();
        let mut word_rules = Vec::new();
        for (term, rule) in rules::terms() {
            if term.is_ascii() {
                word_terms.push(term.split_whitespace().collect::<Vec<_>>().join(" "));
                word_rules.push(rule);
            } else {
                compact_terms.push(compact_term(term));
                compact_rules.push(rule);
            }
        }
        let build = |pats: &[String]| PhraseSet::new(pats, MatchKind::Standard);
        CueMatcher {
            compact: build(&compact_terms),
            compact_rules,
            words: build(&word_terms),
            word_rules,
        }
    }

    /// Records every cue and guard phrase found in `views`.
    pub fn scan(&self, views: &Views, out: &mut Findings) {
        let mut hits: Vec<(RuleIdx, (usize, usize))> = Vec::new();
        let compact = &views.compact;
        let whole = 0..compact.text.len();
        collect(
            &self.compact,
            &self.compact_rules,
            compact,
            whole,
            false,
            &mut hits,
        );
        // The word phrases are ASCII, so each match lies within a run of ASCII bytes: the
        // rest of a Chinese text need not be scanned.
        let folded = &views.folded;
        for run in ascii_runs(folded.text.as_bytes(), self.words.min_len()) {
            collect(&self.words, &self.word_rules, folded, run, true, &mut hits);
        }
        hits.sort_unstable();
        for (rule, span) in hits {
            match out.list.last_mut() {
                Some(last) if last.rule == rule && last.weight.is_none() => {
                    if last.spans.last() != Some(&span) {
                        last.spans.push(span);
                    }
                }
                _ => out.add(Finding::at(rule, span.0, span.1)),
            }
        }
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

/// Records the matches of `ac` in `view.text[range]`.
fn collect(
    ac: &PhraseSet,
    rules: &[RuleIdx],
    view: &MappedText,
    range: Range<usize>,
    whole_words: bool,
    hits: &mut Vec<(RuleIdx, (usize, usize))>,
) {
    let bytes = view.text.as_bytes();
    let is_word = |i: Option<usize>| {
        i.and_then(|i| bytes.get(i))
            .is_some_and(|b| b.is_ascii_alphanumeric())
    };
    for m in ac.find_overlapping_iter_in(&view.text, range) {
        if whole_words && (is_word(m.start().checked_sub(1)) || is_word(Some(m.end()))) {
            continue;
        }
        let rule = rules[m.pattern().as_usize()];
        hits.push((rule, view.to_original(m.start(), m.end())));
    }
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
