//! Negated cues: "公检法不会要求转账到安全账户", "we will never ask you to share your screen".
//!
//! A phrase cue that stands in the same clause as, and shortly after, a negation (不会, 绝不,
//! 从不, 请勿, 不存在, never, will not, …) or right after a one-character negation (不刷单, 无需垫付)
//! states what a real institution does *not* do. Such matches do not count; the report lists
//! them under `text.negated_cues` with no points. A negation inside a condition ("如果不交保证金",
//! "if you do not pay the release fee") is a threat, not a denial, and leaves the cue alone.

use super::{Finding, Findings};
use crate::normalize::Views;
use crate::phrases::PhraseSet;
use crate::rules::{ids, RuleKind};
use aho_corasick::MatchKind;

/// Negations that turn the rest of the clause into a denial.
const NEGATORS_ZH: &[&str] = &[
    "不会",
    "绝不",
    "决不",
    "从不",
    "从来不",
    "从未",
    "不存在",
    "没有所谓",
    "并不存在",
    "不可能",
    "不得",
    "严禁",
    "禁止",
    "请勿",
    "切勿",
    "千万不要",
    "千万别",
    "谨防",
    "警惕",
    "一律不",
    "均不",
    "都不会",
    "不要相信",
    "不要轻信",
    "别信",
    "不需要",
    "无需",
    "不用",
    "不要",
    "没有任何",
];
const NEGATORS_EN: &[&str] = &[
    "never",
    "not",
    "won't",
    "don't",
    "doesn't",
    "didn't",
    "cannot",
    "can't",
    "no one",
    "nobody",
    "beware of",
    "no such thing as",
    "there is no",
];
/// Words that make the negation part of a condition or threat.
const CONDITIONS: &[&str] = &[
    "如果",
    "若",
    "否则",
    "要是",
    "假如",
    "不然",
    "if",
    "unless",
    "or else",
    "otherwise",
];
/// One-character negations that negate the word right after them.
const ADJACENT: &[char] = &['不', '非', '无', '没', '未', '勿'];

const CLAUSE_BREAKS: &[char] = &[
    '，', '。', ',', '.', ';', '；', '!', '！', '?', '？', '\n', '：', ':', '、',
];

/// Characters none of which is a clause break, CJK ideographs among them: one test rules out
/// most of a Chinese text.
const NO_BREAKS: std::ops::RangeInclusive<char> = '\u{3003}'..='\u{FF00}';

/// How far back a negation reaches, in bytes of UTF-8: about 14 Chinese characters or 8
/// English words.
const REACH: usize = 44;

/// Negations and conditions found in one text, each (start, end) sorted by start, so that
/// every lookup is a binary search: a text of many cues and negations stays linear.
struct Marks {
    negations: Vec<(usize, usize)>,
    conditions: Vec<(usize, usize)>,
    breaks: Vec<usize>,
}

/// The negation and condition words, found with one Aho-Corasick automaton built once.
#[derive(Debug, Clone)]
pub struct Negator {
    ac: PhraseSet,
    /// Per pattern: (is a condition, is ASCII and must stand as a whole word).
    kinds: Vec<(bool, bool)>,
}

impl Negator {
    /// Builds the automaton.
    pub fn new() -> Self {
        let mut pats = Vec::new();
        let mut kinds = Vec::new();
        for (list, cond) in [
            (NEGATORS_ZH, false),
            (NEGATORS_EN, false),
            (CONDITIONS, true),
        ] {
            for w in list {
                pats.push(*w);
                kinds.push((cond, w.is_ascii()));
            }
        }
        let ac = PhraseSet::new(&pats, MatchKind::Standard);
        Negator { ac, kinds }
    }

    fn marks(&self, folded: &str) -> Marks {
        let bytes = folded.as_bytes();
        let is_word = |i: Option<usize>| {
            i.and_then(|i| bytes.get(i))
                .is_some_and(u8::is_ascii_alphanumeric)
        };
        let mut words: Vec<(usize, usize, bool)> = self
            .ac
            .find_overlapping_iter(folded)
            .filter(|m| {
                let (_, ascii) = self.kinds[m.pattern().as_usize()];
                !ascii || !(is_word(m.start().checked_sub(1)) || is_word(Some(m.end())))
            })
            .map(|m| (m.start(), m.end(), self.kinds[m.pattern().as_usize()].0))
            .collect();
        words.sort_unstable();
        let breaks = folded
            .char_indices()
            .filter(|(_, c)| !NO_BREAKS.contains(c) && CLAUSE_BREAKS.contains(c))
            .map(|(i, c)| i + c.len_utf8())
            .collect();
        let pick = |cond: bool| {
            words
                .iter()
                .filter(|w| w.2 == cond)
                .map(|w| (w.0, w.1))
                .collect()
        };
        Marks {
            negations: pick(false),
            conditions: pick(true),
            breaks,
        }
    }

    fn negated(&self, marks: &Marks, folded: &str, at: usize) -> bool {
        let at = at.min(folded.len());
        let head = &folded[..at];
        let trimmed = head.trim_end();
        if trimmed.len() == head.len()
            && trimmed
                .chars()
                .next_back()
                .is_some_and(|c| ADJACENT.contains(&c))
        {
            return true;
        }
        let clause_start = match marks.breaks.partition_point(|&b| b <= at) {
            0 => 0,
            n => marks.breaks[n - 1],
        };
        let mut reach_start = at.saturating_sub(REACH);
        while !folded.is_char_boundary(reach_start) {
            reach_start += 1;
        }
        let window_start = clause_start.max(reach_start);
        // Negations starting in [window_start, at): the window is at most REACH bytes long.
        let first = marks.negations.partition_point(|w| w.0 < window_start);
        let last_neg = marks.negations[first..]
            .iter()
            .take_while(|w| w.0 < at)
            .filter(|w| w.1 <= at)
            .map(|w| w.0)
            .max();
        let Some(neg) = last_neg else { return false };
        // A condition inside [clause_start, neg]. Conditions are short, so the scan stops within
        // a few items: one that starts well before `neg` also ends before it.
        let first = marks.conditions.partition_point(|w| w.0 < clause_start);
        !marks.conditions[first..]
            .iter()
            .take_while(|w| w.0 < neg)
            .any(|w| w.1 <= neg)
    }

    /// True when the folded text before byte `at` negates what follows.
    pub fn negated_before(&self, folded: &str, at: usize) -> bool {
        self.negated(&self.marks(folded), folded, at)
    }

    /// Drops cue matches that stand in negated statements and records them (with no points).
    pub fn apply(&self, views: &Views, found: &mut Findings) {
        let folded = &views.folded;
        let marks = self.marks(&folded.text);
        let mut negated: Vec<(usize, usize)> = Vec::new();
        for f in found.list.iter_mut() {
            if f.rule.def().kind != RuleKind::Cue {
                continue;
            }
            f.spans.retain(|&(s, e)| {
                let at = folded.from_original(s);
                if self.negated(&marks, &folded.text, at) {
                    negated.push((s, e));
                    false
                } else {
                    true
                }
            });
        }
        found
            .list
            .retain(|f| !f.spans.is_empty() || f.rule.def().kind != RuleKind::Cue);
        if !negated.is_empty() {
            let count = negated.len();
            found.add(Finding {
                rule: ids::TEXT_NEGATED_CUES,
                spans: negated,
                args: vec![("count", count.to_string())],
                weight: None,
            });
        }
    }
}

impl Default for Negator {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_clause_break_lies_in_the_skipped_range() {
        assert!(!CLAUSE_BREAKS.iter().any(|c| NO_BREAKS.contains(c)));
    }

    #[test]
    fn negation_reaches_the_rest_of_its_clause_only() {
        let n = Negator::new();
        // (text, the cue's text, negated?)
        let cases: &[(&str, &str, bool)] = &[
            ("公检法不会要求转账到安全账户", "安全账户", true),
            ("我们从不索要验证码", "验证码", true),
            ("请勿向任何人提供验证码", "提供验证码", true),
            ("无需垫付", "垫付", true),
            ("不存在所谓的安全账户", "安全账户", true),
            (
                "we will never ask you to share your screen",
                "share your screen",
                true,
            ),
            ("banks do not ask for your pin", "your pin", true),
            ("请把资金转入安全账户", "安全账户", false),
            ("不会影响征信，请转入安全账户", "安全账户", false),
            ("如果不交保证金就无法提现", "保证金", false),
            (
                "if you do not pay the release fee today",
                "release fee",
                false,
            ),
            (
                "this is not a joke, share your screen now",
                "share your screen",
                false,
            ),
        ];
        for (text, cue, want) in cases {
            let at = text.find(cue).unwrap();
            assert_eq!(n.negated_before(text, at), *want, "{text:?} / {cue:?}");
        }
    }
}
