//! Investment pitches: the yearly rate that "x% a day / week / month" really means.
//!
//! Scam platforms quote small-looking periodic returns ("日收益1%", "3% weekly"); compounded,
//! 1% a day is (1.01^365 − 1) ≈ 3,678% a year, which no real investment pays. A rate counts
//! only next to a word of return (收益, 回报, 息, 赚, profit, return, earn …); in a text about
//! borrowing (贷款, loan) an interest rate is a cost and is left alone.

use super::{Finding, Findings};
use crate::extract::rates::{compound_annual, FoundRate, Period};
use crate::normalize::Views;
use crate::rules::ids;
use crate::wordlist::WordList;

const RETURN_WORDS: WordList = WordList::new(&[
    "收益", "回报", "利润", "盈利", "赚", "返", "分红", "收入", "息", "利率", "涨", "翻", "return",
    "returns", "profit", "profits", "earn", "made", "make", "making", "earning", "earnings",
    "yield", "interest", "roi", "gain", "gains", "income", "payout",
]);
const LOAN_WORDS: WordList = WordList::new(&[
    "贷款",
    "借款",
    "借钱",
    "下款",
    "放款",
    "还款",
    "分期",
    "loan",
    "borrow",
    "repay",
    "mortgage",
    "credit card",
]);

fn fmt_thousands(v: f64) -> String {
    if v >= 1e9 {
        return "1,000,000,000+".to_string();
    }
    let n = v.round() as u64;
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `p` with at most two decimals and no trailing zeros (`1.5%`, `0.05%`, `3%`). Integer
/// arithmetic: float formatting would add ~10 KB of code to the wasm module for this alone.
fn fmt_percent(p: f64) -> String {
    if !(p.is_finite() && p >= 0.0) {
        return "?%".to_string();
    }
    if p >= 1e9 {
        return format!("{}%", fmt_thousands(p));
    }
    let hundredths = (p * 100.0).round() as u64;
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    match frac {
        0 => format!("{whole}%"),
        f if f % 10 == 0 => format!("{whole}.{}%", f / 10),
        f => format!("{whole}.{f:02}%"),
    }
}

fn near_return_word(folded: &str, r: &FoundRate) -> bool {
    let mut from = r.start.saturating_sub(30);
    while !folded.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (r.end + 16).min(folded.len());
    while !folded.is_char_boundary(to) {
        to -= 1;
    }
    let window = &folded[from..to];
    RETURN_WORDS.any_in(window)
}

/// Records the rates of `rates` (found in the folded view) that promise implausible returns.
pub fn analyze(views: &Views, rates: &[FoundRate], found: &mut Findings) {
    let folded = views.folded.text.as_str();
    if rates.is_empty() {
        return;
    }
    // Whether the text is about borrowing: looked up once, and only for an interest rate.
    let mut loan_text: Option<bool> = None;
    for r in rates {
        if !near_return_word(folded, r) {
            continue;
        }
        let is_interest = {
            let from = r.period_span.map_or(r.start, |(s, _)| s.min(r.start));
            let head = &folded[from..r.start];
            head.contains('息')
                || head.contains("利率")
                || head.contains("interest")
                || head.contains("apr")
        };
        if is_interest && *loan_text.get_or_insert_with(|| LOAN_WORDS.any_in(folded)) {
            continue;
        }
        let span = {
            let s = r.period_span.map_or(r.start, |(s, _)| s.min(r.start));
            let e = r.period_span.map_or(r.end, |(_, e)| e.max(r.end));
            views.folded.to_original(s, e)
        };
        let rate = fmt_percent(r.percent);
        match (r.period, compound_annual(r.percent, r.period)) {
            (_, Some(annual)) => {
                let weight = if annual >= 100.0 {
                    35
                } else if annual >= 30.0 {
                    25
                } else if annual >= 15.0 {
                    15
                } else {
                    continue;
                };
                let (zh, en, n) = match r.period {
                    Period::Day => ("日", "a day", 365),
                    Period::Week => ("周", "a week", 52),
                    _ => ("月", "a month", 12),
                };
                found.add(
                    Finding::at(ids::PITCH_IMPLIED_ANNUAL_RATE, span.0, span.1)
                        .arg("rate", rate)
                        .arg("period_zh", zh)
                        .arg("period_en", en)
                        .arg("n", n.to_string())
                        .arg("annual", fmt_thousands(annual))
                        .weighted(weight),
                );
            }
            (Period::Year, None) => {
                let weight = if r.percent >= 100.0 {
                    35
                } else if r.percent >= 50.0 {
                    25
                } else if r.percent >= 20.0 {
                    15
                } else if r.percent >= 15.0 {
                    12
                } else {
                    continue;
                };
                found.add(
                    Finding::at(ids::PITCH_HIGH_ANNUAL_RATE, span.0, span.1)
                        .arg("rate", rate)
                        .weighted(weight),
                );
            }
            _ => {
                if r.percent >= 30.0 && !*loan_text.get_or_insert_with(|| LOAN_WORDS.any_in(folded))
                {
                    found.add(
                        Finding::at(ids::PITCH_HIGH_STATED_RETURN, span.0, span.1)
                            .arg("rate", rate),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::rates::find_rates;
    use crate::normalize::Normalizer;

    fn run(text: &str) -> Vec<(crate::rules::RuleIdx, Option<i16>, String)> {
        let views = Normalizer::new().views(text);
        let rates = find_rates(&views.folded.text, 8);
        let mut found = Findings::default();
        analyze(&views, &rates, &mut found);
        found
            .list
            .into_iter()
            .map(|f| {
                (
                    f.rule,
                    f.weight,
                    f.args
                        .iter()
                        .find(|(k, _)| *k == "annual")
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn percents_are_written_with_at_most_two_decimals() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1%"),
            (1.5, "1.5%"),
            (0.05, "0.05%"),
            (2.999, "3%"),
            (12.345, "12.35%"),
            (120.0, "120%"),
            (0.001, "0%"),
            (5e12, "1,000,000,000+%"),
            (f64::NAN, "?%"),
        ];
        for (p, want) in cases {
            assert_eq!(fmt_percent(*p), *want, "{p}");
        }
    }

    /// The implied-rate finding of a pitch: (rule, weight, the annual rate as written).
    type Implied<'a> = Option<(crate::rules::RuleIdx, i16, &'a str)>;

    #[test]
    fn implied_rates_of_pitches() {
        let cases: &[(&str, Implied)] = &[
            (
                "日收益1%，稳赚不赔",
                Some((ids::PITCH_IMPLIED_ANNUAL_RATE, 35, "3,678")),
            ),
            (
                "earn 2% profit per week",
                Some((ids::PITCH_IMPLIED_ANNUAL_RATE, 35, "180")),
            ),
            ("月收益3%", Some((ids::PITCH_IMPLIED_ANNUAL_RATE, 25, "43"))),
            ("年化收益120%", Some((ids::PITCH_HIGH_ANNUAL_RATE, 35, ""))),
            ("年化收益3.5%", None),
            ("贷款日息0.05%，随借随还", None),
            ("全场商品打9折，满100减10%", None),
            ("本月销量增长5%", None),
        ];
        for (text, want) in cases {
            let got = run(text);
            match want {
                None => assert!(got.is_empty(), "{text:?}: {got:?}"),
                Some((rule, w, annual)) => {
                    assert_eq!(got.len(), 1, "{text:?}: {got:?}");
                    assert_eq!(
                        (got[0].0, got[0].1, got[0].2.as_str()),
                        (*rule, Some(*w), *annual),
                        "{text:?}"
                    );
                }
            }
        }
    }
}
