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

/// How far back a negation reaches, in bytes of UTF-8: about 14 Chinese characters or 8
/// English words.
const REACH: usize = 44;

fn word_at(window: &str, pos: usize, w: &str) -> bool {
    if !w.is_ascii() {
        return true;
    }
    let before = window[..pos].chars().next_back();
    let after = window[pos + w.len()..].chars().next();
    !before.is_some_and(|c| c.is_ascii_alphanumeric())
        && !after.is_some_and(|c| c.is_ascii_alphanumeric())
}

/// True when the folded text before byte `at` negates what follows.
pub fn negated_before(folded: &str, at: usize) -> bool {
    let at = at.min(folded.len());
    let head = &folded[..at];
    let trimmed = head.trim_end();
    if trimmed
        .chars()
        .next_back()
        .is_some_and(|c| ADJACENT.contains(&c))
        && trimmed.len() == head.len()
    {
        return true;
    }
    let clause_start = head.rfind(CLAUSE_BREAKS).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    let mut reach_start = at.saturating_sub(REACH);
    while !head.is_char_boundary(reach_start) {
        reach_start += 1;
    }
    let window = &head[clause_start.max(reach_start)..];
    let clause = &head[clause_start..];
    let found = NEGATORS_ZH
        .iter()
        .chain(NEGATORS_EN)
        .filter_map(|w| window.rfind(w).filter(|&p| word_at(window, p, w)))
        .max();
    let Some(pos) = found else { return false };
    // Offset of the negation inside the whole clause.
    let in_clause = clause.len() - window.len() + pos;
    let before_neg = &clause[..in_clause];
    !CONDITIONS.iter().any(|c| {
        before_neg
            .find(c)
            .is_some_and(|p| word_at(before_neg, p, c))
    })
}

/// Drops cue matches that stand in negated statements and records them (with no points).
pub fn apply(views: &Views, found: &mut Findings) {
    let folded = &views.folded;
    let mut negated: Vec<(usize, usize)> = Vec::new();
    for f in found.list.iter_mut() {
        if f.rule.def().kind != RuleKind::Cue {
            continue;
        }
        f.spans.retain(|&(s, e)| {
            let at = folded.from_original(s);
            if negated_before(&folded.text, at) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negation_reaches_the_rest_of_its_clause_only() {
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
            assert_eq!(negated_before(text, at), *want, "{text:?} / {cue:?}");
        }
    }
}
