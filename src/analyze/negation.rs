//! Negated cues: "公检法不会要求转账到安全账户", "we will never ask you to share your screen".
//!
//! A phrase cue that stands in the same clause as, and shortly after, a negation (不会, 绝不,
//! 从不, 请勿, 不存在, never, will not, …) or right after a one-character negation (不刷单, 无需垫付)
//! states what a real institution does *not* do. Such matches do not count; the report lists
//! them under `text.negated_cues` with no points. A negation inside a condition ("如果不交保证金",
//! "if you do not pay the release fee") is a threat, not a denial, and leaves the cue alone.

use super::{Finding, Findings};
use crate::normalize::Views;
use crate::rules::{ids, RuleKind};

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

/// Per byte value: true for the first byte of a clause break's UTF-8, so that a text's
/// breaks are found with one lookup per byte and a character decoded at few of them (a
/// Chinese text's full-width punctuation).
const BREAK_LEADS: [bool; 256] = {
    let mut leads = [false; 256];
    let mut i = 0;
    while i < CLAUSE_BREAKS.len() {
        let c = CLAUSE_BREAKS[i] as u32;
        let lead = match c {
            0..=0x7F => c,
            0x80..=0x7FF => 0xC0 | (c >> 6),
            0x800..=0xFFFF => 0xE0 | (c >> 12),
            _ => 0xF0 | (c >> 18),
        };
        leads[lead as usize] = true;
        i += 1;
    }
    leads
};

/// How far back a negation reaches, in bytes of UTF-8: about 14 Chinese characters or 8
/// English words.
const REACH: usize = 44;

/// Every negation and condition word (their text and whether it is a condition), for the
/// phrase scan of [`crate::analyze::text`] to find along with the cues.
pub fn words() -> impl Iterator<Item = (&'static str, bool)> {
    let negations = NEGATORS_ZH.iter().chain(NEGATORS_EN).map(|w| (*w, false));
    negations.chain(CONDITIONS.iter().map(|w| (*w, true)))
}

/// The negation and condition words found in one text, as byte ranges of the folded view.
/// Each list is sorted by start, so that every lookup is a binary search: a text of many cues
/// and negations stays linear.
#[derive(Debug, Default)]
pub struct Marks {
    negations: Vec<(usize, usize)>,
    conditions: Vec<(usize, usize)>,
}

impl Marks {
    /// Records a word found at `start..end` of the folded view (in any order).
    pub fn add(&mut self, start: usize, end: usize, condition: bool) {
        if condition {
            self.conditions.push((start, end));
        } else {
            self.negations.push((start, end));
        }
    }

    fn sort(&mut self) {
        self.negations.sort_unstable();
        self.conditions.sort_unstable();
    }
}

/// The ends of the clause breaks of `folded`, in order.
fn clause_breaks(folded: &str) -> Vec<usize> {
    let mut breaks = Vec::with_capacity(16);
    for (i, &b) in folded.as_bytes().iter().enumerate() {
        if !BREAK_LEADS[usize::from(b)] {
            continue;
        }
        // `b` starts a character: it is ASCII or the lead byte of a wider one.
        let c = match folded[i..].chars().next() {
            Some(c) if b.is_ascii() || CLAUSE_BREAKS.contains(&c) => c,
            _ => continue,
        };
        breaks.push(i + c.len_utf8());
    }
    breaks
}

/// True when the folded text before byte `at` negates what follows (`breaks` from
/// [`clause_breaks`], `marks` sorted).
fn negated(marks: &Marks, breaks: &[usize], folded: &str, at: usize) -> bool {
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
    let clause_start = match breaks.partition_point(|&b| b <= at) {
        0 => 0,
        n => breaks[n - 1],
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

/// Drops cue matches that stand in negated statements and records them (with no points).
/// `marks` holds every negation and condition word of the folded view.
pub fn apply(views: &Views, mut marks: Marks, found: &mut Findings) {
    let cue = |f: &Finding| f.rule.def().kind == RuleKind::Cue;
    if !found.list.iter().any(cue) {
        return;
    }
    marks.sort();
    let folded = &views.folded;
    let breaks = clause_breaks(&folded.text);
    let mut negated_spans: Vec<(usize, usize)> = Vec::new();
    for f in found.list.iter_mut().filter(|f| cue(f)) {
        f.spans.retain(|&(s, e)| {
            let at = folded.from_original(s);
            if negated(&marks, &breaks, &folded.text, at) {
                negated_spans.push((s, e));
                false
            } else {
                true
            }
        });
    }
    found.list.retain(|f| !f.spans.is_empty() || !cue(f));
    if !negated_spans.is_empty() {
        let count = negated_spans.len();
        found.add(Finding {
            rule: ids::TEXT_NEGATED_CUES,
            spans: negated_spans,
            args: vec![("count", count.to_string())],
            weight: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_clause_breaks_character_by_character() {
        for text in [
            "",
            "a,b",
            "刷单，返利。再来：好！、x；\n?",
            "\u{FF0D}\u{3003}é,",
        ] {
            let want: Vec<usize> = text
                .char_indices()
                .filter(|(_, c)| CLAUSE_BREAKS.contains(c))
                .map(|(i, c)| i + c.len_utf8())
                .collect();
            assert_eq!(clause_breaks(text), want, "{text:?}");
        }
    }

    #[test]
    fn negation_reaches_the_rest_of_its_clause_only() {
        let normalizer = crate::normalize::Normalizer::new();
        let cues = crate::analyze::text::CueMatcher::new();
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
            let views = normalizer.views(text);
            let mut marks = cues.scan(&views, &mut Findings::default());
            marks.sort();
            let folded = &views.folded.text;
            let at = views.folded.from_original(text.find(cue).unwrap());
            let got = negated(&marks, &clause_breaks(folded), folded, at);
            assert_eq!(got, *want, "{text:?} / {cue:?}");
        }
    }
}
