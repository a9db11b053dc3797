//! Percentages and the period they are quoted for: `日收益1%`, `3% per week`, `年化 12%`,
//! `百分之5`, `千分之三`. Works on the folded view (`％` already reads `%`).

/// The period a rate is quoted for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Per day.
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
    /// Per year.
    Year,
    /// Not said.
    Unknown,
}

impl Period {
    /// How many periods compound into a year (`None` for a year or an unknown period).
    pub fn per_year(self) -> Option<i32> {
        match self {
            Period::Day => Some(365),
            Period::Week => Some(52),
            Period::Month => Some(12),
            Period::Year | Period::Unknown => None,
        }
    }
}

/// A rate found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundRate {
    /// Byte range of the number and its percent sign (or `百分之…`).
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The rate in percent.
    pub percent: f64,
    /// The period it is quoted for.
    pub period: Period,
    /// Where the period word stands (byte range), when one was found.
    pub period_span: Option<(usize, usize)>,
}

/// Words that name a period, searched just before a rate. Single characters (`日`, `月`) do
/// not count right after a digit, where they are dates (`3月`) or counts (`7日`).
const BEFORE: &[(&str, Period)] = &[
    ("每天", Period::Day),
    ("每日", Period::Day),
    ("日", Period::Day),
    ("天天", Period::Day),
    ("一天", Period::Day),
    ("daily", Period::Day),
    ("a day", Period::Day),
    ("per day", Period::Day),
    ("each day", Period::Day),
    ("every day", Period::Day),
    ("每周", Period::Week),
    ("周", Period::Week),
    ("一周", Period::Week),
    ("星期", Period::Week),
    ("weekly", Period::Week),
    ("a week", Period::Week),
    ("per week", Period::Week),
    ("every week", Period::Week),
    ("每月", Period::Month),
    ("月", Period::Month),
    ("monthly", Period::Month),
    ("a month", Period::Month),
    ("per month", Period::Month),
    ("every month", Period::Month),
    ("年化", Period::Year),
    ("每年", Period::Year),
    ("年", Period::Year),
    ("annual", Period::Year),
    ("annually", Period::Year),
    ("a year", Period::Year),
    ("per year", Period::Year),
    ("yearly", Period::Year),
    ("apy", Period::Year),
    ("apr", Period::Year),
    ("p.a", Period::Year),
    ("per annum", Period::Year),
];

/// Words that name a period right after a rate (`3% per day`, `1%/天`).
const AFTER: &[(&str, Period)] = &[
    ("per day", Period::Day),
    ("a day", Period::Day),
    ("daily", Period::Day),
    ("/day", Period::Day),
    ("/天", Period::Day),
    ("/日", Period::Day),
    ("每天", Period::Day),
    ("each day", Period::Day),
    ("every day", Period::Day),
    ("per week", Period::Week),
    ("a week", Period::Week),
    ("weekly", Period::Week),
    ("/week", Period::Week),
    ("/wk", Period::Week),
    ("/周", Period::Week),
    ("every week", Period::Week),
    ("per month", Period::Month),
    ("a month", Period::Month),
    ("monthly", Period::Month),
    ("/month", Period::Month),
    ("/mo", Period::Month),
    ("/月", Period::Month),
    ("every month", Period::Month),
    ("per year", Period::Year),
    ("a year", Period::Year),
    ("annually", Period::Year),
    ("/year", Period::Year),
    ("/yr", Period::Year),
    ("/年", Period::Year),
    ("p.a", Period::Year),
    ("apy", Period::Year),
    ("apr", Period::Year),
];

const CN_DIGITS: &[(char, u32)] = &[
    ('零', 0),
    ('一', 1),
    ('二', 2),
    ('两', 2),
    ('三', 3),
    ('四', 4),
    ('五', 5),
    ('六', 6),
    ('七', 7),
    ('八', 8),
    ('九', 9),
];

/// Reads a small Chinese or ASCII number (up to 99) at the start of `s`: (value, bytes read).
fn small_number(s: &str) -> Option<(f64, usize)> {
    if s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return super::amounts::read_number(s.as_bytes(), 0);
    }
    let digit = |c: char| CN_DIGITS.iter().find(|(d, _)| *d == c).map(|(_, v)| *v);
    let mut chars = s.char_indices();
    let (_, c0) = chars.next()?;
    let (val, mut used) = if c0 == '十' {
        (10, c0.len_utf8())
    } else {
        let d = digit(c0)?;
        match s[c0.len_utf8()..].chars().next() {
            Some('十') => (d * 10, c0.len_utf8() + '十'.len_utf8()),
            _ => return Some((d as f64, c0.len_utf8())),
        }
    };
    if let Some(d) = s[used..].chars().next().and_then(digit) {
        used += s[used..].chars().next().map_or(0, char::len_utf8);
        return Some(((val + d) as f64, used));
    }
    Some((val as f64, used))
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

/// Whether byte `b` starts any of `words`.
const fn first_bytes(words: &[(&str, Period)]) -> [bool; 256] {
    let mut set = [false; 256];
    let mut i = 0;
    while i < words.len() {
        set[words[i].0.as_bytes()[0] as usize] = true;
        i += 1;
    }
    set
}

const AFTER_FIRST: [bool; 256] = first_bytes(AFTER);
// `first_after` keeps one bit per word of AFTER.
const _: () = assert!(AFTER.len() <= 64);
const BEFORE_FIRST: [bool; 256] = first_bytes(BEFORE);

/// The earliest period word of [`AFTER`] in `after`, as (position, length, period). A word
/// counts at its first occurrence only, and an ASCII word must not continue a word or number.
/// One pass over `after`, trying only the words that start with the byte at hand.
fn first_after(after: &str) -> Option<(usize, usize, Period)> {
    let bytes = after.as_bytes();
    // Words already met (their first occurrence decided whether they count).
    let mut seen: u64 = 0;
    for pos in 0..bytes.len() {
        if !AFTER_FIRST[bytes[pos] as usize] {
            continue;
        }
        for (k, (w, p)) in AFTER.iter().enumerate() {
            if w.as_bytes()[0] != bytes[pos]
                || seen & (1 << k) != 0
                || !super::has_prefix(&bytes[pos..], w)
            {
                continue;
            }
            seen |= 1 << k;
            let ok = !w.as_bytes()[0].is_ascii_alphabetic()
                || !after[..pos]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_alphanumeric());
            if ok {
                return Some((pos, w.len(), *p));
            }
        }
    }
    None
}

/// The period word of [`BEFORE`] in `window` that ends last (the earliest one among those
/// ending at the same byte), as (start, end, period). A single Chinese character does not
/// count right after a digit or 个/几/半, and an ASCII word must stand alone.
fn last_before(window: &str) -> Option<(usize, usize, Period)> {
    let bytes = window.as_bytes();
    let mut best: Option<(usize, usize, Period)> = None;
    for pos in 0..bytes.len() {
        if !BEFORE_FIRST[bytes[pos] as usize] {
            continue;
        }
        for (w, p) in BEFORE {
            if w.as_bytes()[0] != bytes[pos] || !super::has_prefix(&bytes[pos..], w) {
                continue;
            }
            let prev = window[..pos].chars().next_back();
            let single_cjk = w.chars().count() == 1;
            let after_digit = prev.is_some_and(|c| c.is_ascii_digit() || "个几半".contains(c));
            let ascii_word_ok = !w.is_ascii()
                || (!prev.is_some_and(|c| c.is_ascii_alphanumeric())
                    && !window[pos + w.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphabetic()));
            if (single_cjk && after_digit) || !ascii_word_ok {
                continue;
            }
            let end = pos + w.len();
            if best.is_none_or(|(s, e, _)| end > e || (end == e && pos < s)) {
                best = Some((pos, end, *p));
            }
        }
    }
    best
}

/// Whether `c` ends a clause: a period word beyond it is not a rate's.
fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | ',' | ';' | '；' | '!' | '！' | '?' | '？' | '\n'
    )
}

fn period_near(text: &str, start: usize, end: usize) -> (Period, Option<(usize, usize)>) {
    let after_to = ceil_boundary(text, (end + 24).min(text.len()));
    let after = &text[end..after_to];
    let after = &after[..after.find(is_clause_break).unwrap_or(after.len())];
    if let Some((pos, len, p)) = first_after(after) {
        return (p, Some((end + pos, end + pos + len)));
    }
    let from = floor_boundary(text, start.saturating_sub(24));
    let window = &text[from..start];
    // Stop at the last clause break: a period word in another clause is not this rate's.
    let cut = window.rfind(is_clause_break).map_or(0, |i| {
        i + window[i..].chars().next().map_or(1, char::len_utf8)
    });
    let window = &window[cut..];
    let base = from + cut;
    match last_before(window) {
        Some((s, e, p)) => (p, Some((base + s, base + e))),
        None => (Period::Unknown, None),
    }
}

/// The first offset at or after `from` of a lead byte of 百, 千 or 万 (E7, E5, E4) followed
/// by 分之 (`bytes.len()` when there is none).
fn next_word(bytes: &[u8], from: usize) -> usize {
    let mut at = from + 3;
    while let Some(k) = super::find_word(bytes, at, "分之".as_bytes()) {
        if matches!(bytes[k - 3], 0xE4 | 0xE5 | 0xE7) {
            return k - 3;
        }
        at = k + 1;
    }
    bytes.len()
}

/// Finds rates (percentages) with their periods, at most `max`.
pub fn find_rates(text: &str, max: usize) -> Vec<FoundRate> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    // Where the next 百分之, 千分之 or 万分之 may start (searched again once passed).
    let mut word_at = next_word(bytes, 0);
    while i < bytes.len() && out.len() < max {
        if word_at < i {
            word_at = next_word(bytes, i);
        }
        i = super::skip_to(bytes, i, |b| b.is_ascii_digit()).min(word_at);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if b.is_ascii_digit() && !(i > 0 && (bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.'))
        {
            if let Some((v, end)) = super::amounts::read_number(bytes, i) {
                let sp = bytes[end..].iter().take_while(|b| **b == b' ').count();
                if bytes.get(end + sp) == Some(&b'%') {
                    let e = end + sp + 1;
                    let (period, period_span) = period_near(text, i, e);
                    out.push(FoundRate {
                        start: i,
                        end: e,
                        percent: v,
                        period,
                        period_span,
                    });
                    i = e;
                    continue;
                }
                i = end;
                continue;
            }
        }
        // 百 万 千 all start with one of these bytes, and all three words end in 分之.
        if matches!(b, 0xE4 | 0xE5 | 0xE7) && bytes.get(i + 3..i + 9) == Some("分之".as_bytes()) {
            for (word, scale) in [("百分之", 1.0), ("千分之", 0.1), ("万分之", 0.01)] {
                if super::has_prefix(&text[i..], word) {
                    if let Some((v, used)) = small_number(&text[i + word.len()..]) {
                        let e = i + word.len() + used;
                        let (period, period_span) = period_near(text, i, e);
                        out.push(FoundRate {
                            start: i,
                            end: e,
                            percent: v * scale,
                            period,
                            period_span,
                        });
                        // The character right after the rate is skipped too.
                        i = e;
                    }
                    break;
                }
            }
        }
        i = next_char(bytes, i);
    }
    out
}

/// The byte offset of the character after the one starting at `i` (`i` on a char boundary).
fn next_char(bytes: &[u8], i: usize) -> usize {
    let len = match bytes.get(i) {
        None => 1,
        Some(&b) if b < 0x80 => 1,
        Some(&b) if b < 0xE0 => 2,
        Some(&b) if b < 0xF0 => 3,
        Some(_) => 4,
    };
    i + len
}

/// The yearly rate, in percent, that `percent` per `period` compounds to: (1 + r)^n − 1.
/// `None` for yearly or unknown periods; capped at 1e12 % to stay finite.
pub fn compound_annual(percent: f64, period: Period) -> Option<f64> {
    let n = period.per_year()?;
    let r = percent / 100.0;
    let a = ((1.0 + r).powi(n) - 1.0) * 100.0;
    Some(if a.is_finite() { a.min(1e12) } else { 1e12 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_rates_and_periods() {
        let cases: &[(&str, f64, Period)] = &[
            ("日收益1%", 1.0, Period::Day),
            ("日息 1.5 %", 1.5, Period::Day),
            ("每天稳定收益3%", 3.0, Period::Day),
            ("earn 2% per day", 2.0, Period::Day),
            ("5% weekly returns", 5.0, Period::Week),
            ("月收益20%", 20.0, Period::Month),
            ("3月收益20%", 20.0, Period::Unknown),
            ("年化12%", 12.0, Period::Year),
            ("12% apy", 12.0, Period::Year),
            ("每天收益百分之五", 5.0, Period::Day),
            ("日息千分之三", 0.3, Period::Day),
            ("百分之5 per day", 5.0, Period::Day),
            ("ab万分之八十", 0.8, Period::Unknown),
            ("打八折，满减10%", 10.0, Period::Unknown),
            ("每月，折扣10%", 10.0, Period::Unknown),
        ];
        for (text, pct, period) in cases {
            let found = find_rates(text, 4);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert!((found[0].percent - pct).abs() < 1e-9, "{text:?}: {found:?}");
            assert_eq!(found[0].period, *period, "{text:?}");
        }
    }

    #[test]
    fn compounds_to_a_year() {
        let cases: &[(f64, Period, f64)] = &[
            (1.0, Period::Day, 3678.3),
            (1.0, Period::Week, 67.8),
            (2.0, Period::Month, 26.8),
        ];
        for (pct, period, want) in cases {
            let got = compound_annual(*pct, *period).unwrap();
            assert!((got - want).abs() < 0.1, "{pct}% per {period:?}: {got}");
        }
        assert_eq!(compound_annual(12.0, Period::Year), None);
        assert_eq!(compound_annual(500.0, Period::Day), Some(1e12));
    }
}
