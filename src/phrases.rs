//! Multi-phrase search: one Aho-Corasick automaton per phrase list, the `aho-corasick` crate's
//! noncontiguous NFA used directly.
//!
//! `aho_corasick::AhoCorasick` picks among three automata at run time, so all three (their
//! builders, search loops and `Debug` impls) end up in the wasm module even when one is used.
//! The noncontiguous NFA is the cheapest to build: the contiguous one and the DFA are built
//! from it. Start-up of the page runs in V8's baseline code, so that matters more than search
//! speed over a few hundred bytes. Measured with callgrind: Engine::new 38.7 M instructions
//! with the contiguous NFA, 34.4 M with this one; a 300-character message's check 469 k and
//! 476 k; the wasm module 3.5 KB (zlib) smaller. Naming one automaton here keeps the others out.
//!
//! Two builder settings cut start-up further (Engine::new 34.4 M -> 32.2 M instructions, checks
//! within 0.1%, a 1 MB English or Chinese text within 1%): no prefilter, since the phrase lists
//! are too many and too varied for one to skip text, and dense transitions only for the first
//! two bytes of a phrase (the first character of a Chinese one), not three.

use aho_corasick::automaton::{Automaton, FindOverlappingIter};
use aho_corasick::nfa::noncontiguous::NFA;
use aho_corasick::{Input, MatchKind};

pub use aho_corasick::Match;

/// A compiled list of phrases.
#[derive(Debug, Clone)]
pub struct PhraseSet {
    nfa: NFA,
}

impl PhraseSet {
    /// Compiles `phrases`; `kind` says which matches a non-overlapping search reports
    /// (overlapping searches need [`MatchKind::Standard`]). Panics if the list is too big for
    /// the automaton, which the bundled rule pack is not (tests build every set).
    ///
    /// One concrete argument type, so that the wasm module holds one copy of the builder (the
    /// pages compile each function on its first call, so each copy also costs start-up).
    pub fn new(phrases: &[&str], kind: MatchKind) -> Self {
        let nfa = NFA::builder()
            .match_kind(kind)
            .prefilter(false)
            .dense_depth(2)
            .build(phrases)
            .expect("phrase list compiles");
        PhraseSet { nfa }
    }

    /// Non-overlapping matches, left to right: what the other searches are tested against
    /// (the engine itself uses overlapping searches only).
    #[cfg(test)]
    pub fn find_iter<'a, 'h>(
        &'a self,
        haystack: &'h str,
    ) -> aho_corasick::automaton::FindIter<'a, 'h, NFA> {
        self.nfa
            .try_find_iter(Input::new(haystack))
            .expect("unanchored search is supported")
    }

    /// The length in bytes of the shortest phrase.
    pub fn min_len(&self) -> usize {
        self.nfa.min_pattern_len()
    }

    /// Every match within `haystack[range]`, overlapping ones included, with offsets in
    /// `haystack`. The set must use [`MatchKind::Standard`].
    pub fn find_overlapping_iter_in<'a, 'h>(
        &'a self,
        haystack: &'h str,
        range: std::ops::Range<usize>,
    ) -> FindOverlappingIter<'a, 'h, NFA> {
        self.nfa
            .try_find_overlapping_iter(Input::new(haystack).range(range))
            .expect("overlapping search needs MatchKind::Standard")
    }

    /// The matches a [`MatchKind::LeftmostLongest`] set of the same phrases reports, from a
    /// [`MatchKind::Standard`] set: the earliest start, the longest phrase there (the first
    /// of equal ones), then on after its end. A standard set builds in about two thirds of the
    /// time, which pays when the search is rare and the engine is built on every page load.
    pub fn find_leftmost_longest(&self, haystack: &str) -> Vec<Match> {
        let mut all: Vec<Match> = self.find_overlapping_iter(haystack).collect();
        all.sort_unstable_by_key(|m| (m.start(), std::cmp::Reverse(m.end()), m.pattern()));
        let mut free_from = 0;
        all.retain(|m| {
            let keep = m.start() >= free_from;
            if keep {
                free_from = m.end();
            }
            keep
        });
        all
    }

    /// Every match, overlapping ones included. The set must use [`MatchKind::Standard`].
    pub fn find_overlapping_iter<'a, 'h>(
        &'a self,
        haystack: &'h str,
    ) -> FindOverlappingIter<'a, 'h, NFA> {
        self.nfa
            .try_find_overlapping_iter(Input::new(haystack))
            .expect("overlapping search needs MatchKind::Standard")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_phrases_as_the_match_kind_says() {
        let phrases = ["刷单", "刷单返利", "返利", "vx"];
        let standard = PhraseSet::new(&phrases, MatchKind::Standard);
        let longest = PhraseSet::new(&phrases, MatchKind::LeftmostLongest);
        let text = "加vx做刷单返利";
        let found = |it: &mut dyn Iterator<Item = Match>| -> Vec<&str> {
            it.map(|m| &text[m.start()..m.end()]).collect()
        };
        assert_eq!(
            found(&mut standard.find_overlapping_iter(text)),
            ["vx", "刷单", "刷单返利", "返利"]
        );
        assert_eq!(found(&mut longest.find_iter(text)), ["vx", "刷单返利"]);
        assert_eq!(
            found(&mut standard.find_leftmost_longest(text).into_iter()),
            ["vx", "刷单返利"]
        );
    }

    #[test]
    fn leftmost_longest_from_a_standard_set_is_what_a_leftmost_longest_set_finds() {
        // Phrases that nest, overlap and repeat, as brand names and their aliases do.
        let phrases = [
            "银行",
            "中国银行",
            "中国",
            "国银",
            "行长",
            "bank",
            "bank of china",
            "of",
            "china",
            "中国银行",
            "ank",
            "招商银行",
            "招商",
            "商银",
            "a",
            "aa",
        ];
        let standard = PhraseSet::new(&phrases, MatchKind::Standard);
        let longest = PhraseSet::new(&phrases, MatchKind::LeftmostLongest);
        let pieces = [
            "中", "国", "银", "行", "中国", "银行", "长", "招商", "bank", " ", "of", "china", "a",
            "x",
        ];
        let mut seed = 7u32;
        let random = (0..2000).map(|_| {
            (0..10)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    pieces[(seed >> 16) as usize % pieces.len()]
                })
                .collect::<String>()
        });
        let written = [
            "",
            "中国银行",
            "bank of china",
            "aaa",
            "招商银行长",
            "中国银行行长",
        ];
        for text in written.into_iter().map(String::from).chain(random) {
            let key = |m: &Match| (m.start(), m.end(), m.pattern());
            let got: Vec<_> = standard
                .find_leftmost_longest(&text)
                .iter()
                .map(key)
                .collect();
            let want: Vec<_> = longest.find_iter(&text).map(|m| key(&m)).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
