//! Scoring: findings → signals, family scores, total score, level and advice.
//!
//! - A rule counts once however often it matched (its spans are all listed).
//! - Signals are grouped by family; a group's points are capped (`cap` in families.toml), so
//!   one family of weak signals cannot dominate. Cross-family signals share one group capped
//!   at [`COMMON_CAP`].
//! - A family *fires* when at least `min_cues` of its distinct rules co-occur; it then adds its
//!   `bonus`. A family that does not fire adds only half its points, at most [`WEAK_CAP`]:
//!   one word of a scam script is not a scam. A computed signal of at least
//!   [`STRONG_SIGNAL`] points (an implied 3,678 % a year) is evidence enough on its own and
//!   fires its family too.
//! - When [`MANY_COMMON`] or more distinct cross-family rules co-occur (screen sharing + a
//!   code + a safe account), they are a script of their own: their cap rises to
//!   [`COMMON_CAP_MANY`].
//! - Guards (anti-fraud education, a bank's own notice wording) keep only `keep_percent` of
//!   the points of phrase cues; computed signals (a lookalike domain) are not lowered.

use crate::analyze::Finding;
use crate::options::Lang;
use crate::report::{FamilyMatch, Signal};
use crate::rules::{RuleKind, FAMILIES};
use std::borrow::Cow;

/// Cap on the points of cross-family signals together.
pub const COMMON_CAP: i32 = 45;
/// Cap on cross-family points when [`MANY_COMMON`] distinct cross-family rules co-occur.
pub const COMMON_CAP_MANY: i32 = 75;
/// Distinct cross-family rules that together lift their cap to [`COMMON_CAP_MANY`].
pub const MANY_COMMON: u8 = 3;
/// Points from which one computed signal fires its family on its own.
pub const STRONG_SIGNAL: i32 = 30;
/// Cap on the points of a family that has not fired.
pub const WEAK_CAP: i32 = 15;

/// The outcome of scoring.
pub struct Scored {
    /// 0–100.
    pub score: u8,
    /// Families that fired, strongest first.
    pub families: Vec<FamilyMatch>,
    /// One signal per rule, strongest first (spans not yet filled).
    pub signals: Vec<(Signal, Vec<(usize, usize)>)>,
}

/// `template` with each `{key}` of `args` replaced by its value, in one pass: values are
/// inserted as they are, never searched for placeholders themselves (a URL holding `{brand}`
/// stays as written). Borrowed when nothing was replaced.
fn fill(template: &'static str, args: &[(&'static str, String)]) -> Cow<'static, str> {
    if args.is_empty() {
        return Cow::Borrowed(template);
    }
    let mut out = String::new();
    let (mut copied, mut from) = (0, 0);
    while let Some(open) = template[from..].find('{').map(|i| from + i) {
        let Some(close) = template[open..].find('}').map(|i| open + i) else {
            break;
        };
        let key = &template[open + 1..close];
        match args.iter().find(|(k, _)| *k == key) {
            Some((_, value)) => {
                if copied == 0 {
                    // Room for one replacement, the usual case: the pushes do not reallocate.
                    out.reserve(template.len() + value.len());
                }
                out.push_str(&template[copied..open]);
                out.push_str(value);
                copied = close + 1;
                from = close + 1;
            }
            None => from = open + 1,
        }
    }
    if copied == 0 {
        return Cow::Borrowed(template);
    }
    out.push_str(&template[copied..]);
    Cow::Owned(out)
}

/// Scores findings. Findings of the same rule are merged.
pub fn score(mut findings: Vec<Finding>, lang: Lang) -> Scored {
    findings.sort_by_key(|f| f.rule);
    let mut merged: Vec<Finding> = Vec::with_capacity(findings.len());
    for f in findings {
        match merged.last_mut() {
            Some(last) if last.rule == f.rule => {
                last.spans.extend(f.spans);
                if f.weight.unwrap_or(0) > last.weight.unwrap_or(0) {
                    last.weight = f.weight;
                }
                if last.args.is_empty() {
                    last.args = f.args;
                }
            }
            _ => merged.push(f),
        }
    }

    let keep_percent = merged
        .iter()
        .filter(|f| f.rule.def().kind == RuleKind::Guard)
        .map(|f| f.rule.def().keep_percent as i32)
        .min()
        .unwrap_or(100);

    let mut family_points = vec![0i32; FAMILIES.len()];
    let mut family_rules = vec![0u8; FAMILIES.len()];
    let mut common_points = 0i32;
    let mut common_rules = 0u8;
    let mut strong = vec![false; FAMILIES.len()];
    let mut signals = Vec::with_capacity(merged.len());
    for f in merged {
        let def = f.rule.def();
        let mut weight = if def.preview {
            0
        } else {
            f.weight.unwrap_or(def.weight) as i32
        };
        match def.kind {
            RuleKind::Cue => weight = weight * keep_percent / 100,
            RuleKind::Guard => weight = 0,
            RuleKind::Signal => {}
        }
        match def.family {
            Some(i) => {
                family_points[i] += weight;
                if weight > 0 {
                    family_rules[i] += 1;
                }
                if def.kind == RuleKind::Signal && weight >= STRONG_SIGNAL {
                    strong[i] = true;
                }
            }
            None => {
                common_points += weight;
                if weight > 0 {
                    common_rules += 1;
                }
            }
        }
        let signal = Signal {
            rule: def.id,
            family: def.family_def().map(|f| f.id),
            weight: weight as i16,
            spans: Vec::new(),
            explanation: fill(def.text.get(lang), &f.args),
        };
        // Strongest first, then by id.
        signals.push(((-weight, f.rule.id_rank()), signal, f.spans));
    }

    let common_cap = if common_rules >= MANY_COMMON {
        COMMON_CAP_MANY
    } else {
        COMMON_CAP
    };
    let mut total = common_points.clamp(-100, common_cap);
    let mut families = Vec::new();
    for (i, fam) in FAMILIES.iter().enumerate() {
        let pts = family_points[i];
        if pts == 0 {
            continue;
        }
        let fired = (family_rules[i] >= fam.min_cues || strong[i]) && pts > 0;
        let contribution = if fired {
            (pts + fam.bonus as i32 * keep_percent / 100).min(fam.cap as i32)
        } else {
            (pts / 2).min(WEAK_CAP)
        };
        total += contribution;
        if fired {
            families.push(FamilyMatch {
                id: fam.id,
                name: fam.name.get(lang),
                summary: fam.summary.get(lang),
                score: contribution.clamp(0, 100) as u8,
            });
        }
    }
    families.sort_by_key(|f| std::cmp::Reverse(f.score));
    signals.sort_unstable_by_key(|s| s.0);
    Scored {
        score: total.clamp(0, 100) as u8,
        families,
        signals: signals
            .into_iter()
            .map(|(_, s, spans)| (s, spans))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_replaced_as_str_replace_does() {
        let cases = [
            ("域名 {domain} 仿冒 {brand}", "domain", "x.top"),
            ("{domain}{domain}", "domain", "{domain}"),
            ("{{domain}}", "domain", "a"),
            ("{domai} {domain", "domain", "a"),
            ("no placeholder", "domain", "a"),
            ("{", "domain", "a"),
            ("", "", "a"),
            ("{}", "", "a"),
            ("{x} {domain} {y}", "domain", "😀"),
        ];
        for (template, key, value) in cases {
            let placeholder = format!("{{{key}}}");
            let got = fill(template, &[(key, value.to_string())]);
            assert_eq!(
                got,
                template.replace(&placeholder, value),
                "{template:?} {key:?}"
            );
            let borrowed = matches!(got, Cow::Borrowed(_));
            assert_eq!(borrowed, !template.contains(&placeholder), "{template:?}");
        }
    }

    #[test]
    fn values_are_inserted_as_they_are() {
        let args = [("a", "{b}".to_string()), ("b", "2".to_string())];
        assert_eq!(fill("{a}/{b}", &args), "{b}/2");
        assert_eq!(fill("{b}{a}", &args), "2{b}");
        assert!(matches!(fill("{a}", &[]), Cow::Borrowed("{a}")));
    }
}
