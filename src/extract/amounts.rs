//! Money amounts written in a text: `¥5000`, `5000元`, `1.5万`, `$500`, `£900`, `200 USDT`,
//! and ranges of them (`300-800元`).

/// An amount found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundAmount {
    /// Byte range in the text (the number with its currency sign or unit).
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The value in the written unit (`1.5万` is 15000); a range's is its upper end.
    pub value: f64,
    /// The currency: `CNY`, `USD`, `GBP`, `EUR`, `USDT`.
    pub currency: &'static str,
}

const PREFIXES: &[(&str, &str)] = &[
    ("¥", "CNY"),
    ("￥", "CNY"),
    ("rmb", "CNY"),
    ("$", "USD"),
    ("usd", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
];
const SUFFIXES: &[(&str, &str, f64)] = &[
    ("万元", "CNY", 1e4),
    ("亿元", "CNY", 1e8),
    ("元", "CNY", 1.0),
    ("块钱", "CNY", 1.0),
    ("块", "CNY", 1.0),
    ("万", "CNY", 1e4),
    ("亿", "CNY", 1e8),
    ("千元", "CNY", 1e3),
    ("美元", "USD", 1.0),
    ("美金", "USD", 1.0),
    ("英镑", "GBP", 1.0),
    ("欧元", "EUR", 1.0),
    ("usdt", "USDT", 1.0),
    ("u", "USDT", 1.0),
    ("dollars", "USD", 1.0),
    ("pounds", "GBP", 1.0),
];

/// Reads a number with optional thousands commas and decimals at `i`; returns (value, end).
///
/// The digits are summed as an integer and divided by a power of ten: exact for the up to 15
/// significant digits that amounts have, and it keeps `f64::from_str` (10 KB of tables in the
/// wasm module) out of the build.
pub fn read_number(bytes: &[u8], mut i: usize) -> Option<(f64, usize)> {
    let start = i;
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut decimals: Option<i32> = None;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
            digits += 1;
            if let Some(d) = decimals.as_mut() {
                *d += 1;
            }
            i += 1;
        } else if b == b','
            && digits > 0
            && bytes
                .get(i + 1..i + 4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
        } else if b == b'.'
            && decimals.is_none()
            && digits > 0
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            decimals = Some(0);
            i += 1;
        } else {
            break;
        }
    }
    // As many characters as the old string form (digits and one dot) allowed: 18.
    let written = digits + usize::from(decimals.is_some());
    if i == start || written > 18 {
        return None;
    }
    let value = mantissa as f64 / 10f64.powi(decimals.unwrap_or(0));
    Some((value, i))
}

/// What joins the two ends of a range (the folded text has ASCII for the full-width `～`, `－`).
const RANGE_JOINERS: &[&str] = &["-", "~", "至", "到", "—", "–"];

/// When a range's joiner stands right before byte `at` of `text` (spaces around it aside),
/// where the text before it ends: the range's lower end should end there.
fn range_joiner_before(text: &str, at: usize) -> Option<usize> {
    let before = text[..at].trim_end_matches(' ');
    let joiner = RANGE_JOINERS
        .iter()
        .find(|j| super::has_suffix(before, j))?;
    Some(
        before[..before.len() - joiner.len()]
            .trim_end_matches(' ')
            .len(),
    )
}

/// Where the number that ends at byte `end` of `bytes` starts, if one ends there: one that
/// [`read_number`] reads whole (`2,000`, `1.5`, not the `2.3` of `1.2.3`).
fn number_before(bytes: &[u8], end: usize) -> Option<usize> {
    let run = bytes[..end]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit() || **b == b',' || **b == b'.')
        .count();
    let start = (end - run..end).find(|&i| bytes[i].is_ascii_digit())?;
    read_number(bytes, start)
        .is_some_and(|(_, e)| e == end)
        .then_some(start)
}

/// Finds amounts in the folded (lower-case) text, at most `max`.
pub fn find_amounts(text: &str, max: usize) -> Vec<FoundAmount> {
    let bytes = text.as_bytes();
    let mut out: Vec<FoundAmount> = Vec::new();
    let mut i = 0;
    while i < bytes.len() && out.len() < max {
        if !bytes[i].is_ascii_digit() {
            i = super::skip_to(bytes, i, |b| b.is_ascii_digit());
            continue;
        }
        if i > 0 && (bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.') {
            i += 1;
            continue;
        }
        let Some((value, end)) = read_number(bytes, i) else {
            i += 1;
            continue;
        };
        let spaces_before = bytes[..i].iter().rev().take_while(|b| **b == b' ').count();
        let before = &text[..i - spaces_before];
        let prefix = PREFIXES.iter().find(|(p, _)| super::has_suffix(before, p));
        let spaces_after = bytes[end..].iter().take_while(|b| **b == b' ').count();
        let after = &text[end + spaces_after..];
        let suffix = SUFFIXES.iter().find(|(s, _, _)| {
            super::has_prefix(after, s)
                && !(s.is_ascii()
                    && after
                        .as_bytes()
                        .get(s.len())
                        .is_some_and(u8::is_ascii_alphanumeric))
        });
        let found = match (prefix, suffix) {
            (Some((p, cur)), Some((s, _, mult))) if !s.is_ascii() => Some((
                i - (text[..i].len() - before.len()) - p.len(),
                end + (text[end..].len() - after.len()) + s.len(),
                value * mult,
                *cur,
            )),
            (Some((p, cur)), _) => Some((before.len() - p.len(), end, value, *cur)),
            (None, Some((s, cur, mult))) => Some((
                i,
                end + (text[end..].len() - after.len()) + s.len(),
                value * mult,
                *cur,
            )),
            (None, None) => None,
        };
        // A range (`300-800元`, `¥300~800`, `3万至5万`) is one amount, from its first number
        // to its last, worth its upper end.
        let lower_end = range_joiner_before(text, found.map_or(i, |f| f.0));
        let upper_of_last = lower_end.is_some() && out.last().map(|a| a.end) == lower_end;
        match found {
            // The upper end of an amount already found.
            Some((_, e, v, _)) if upper_of_last => {
                let last = out.last_mut().expect("an amount before");
                (last.end, last.value) = (e, v);
            }
            // A bare number, unless a word or a unit (`年`) follows it.
            None if upper_of_last
                && text[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric()) =>
            {
                let last = out.last_mut().expect("an amount before");
                (last.end, last.value) = (end, value);
            }
            Some((s, e, v, c)) => out.push(FoundAmount {
                // After a bare number, the upper end of its range.
                start: lower_end.and_then(|l| number_before(bytes, l)).unwrap_or(s),
                end: e,
                value: v,
                currency: c,
            }),
            None => {}
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The amounts of a text, each as (text, value, currency).
    type Amounts<'a> = &'a [(&'a str, f64, &'a str)];

    #[test]
    fn finds_amounts() {
        let cases: &[(&str, Amounts)] = &[
            ("日赚300元", &[("300元", 300.0, "CNY")]),
            ("先充值¥1,000", &[("¥1,000", 1000.0, "CNY")]),
            ("投资1.5万", &[("1.5万", 15000.0, "CNY")]),
            ("won a £900 prize", &[("£900", 900.0, "GBP")]),
            ("deposit 500 usdt now", &[("500 usdt", 500.0, "USDT")]),
            // A range is one amount, worth its upper end.
            ("日赚300-800元", &[("300-800元", 800.0, "CNY")]),
            ("返利¥300~800，", &[("¥300~800", 800.0, "CNY")]),
            ("返利¥300~800", &[("¥300~800", 800.0, "CNY")]),
            ("月入3万至5万", &[("3万至5万", 50000.0, "CNY")]),
            ("充值 $ 100 - $ 500 起", &[("$ 100 - $ 500", 500.0, "USD")]),
            ("价格¥1,000-2,000元", &[("¥1,000-2,000元", 2000.0, "CNY")]),
            // Not ranges: a date after an amount, a number with no unit before one, a lower
            // end that is no number.
            ("¥300-2024年", &[("¥300", 300.0, "CNY")]),
            ("第3-5名奖励500元", &[("500元", 500.0, "CNY")]),
            ("版本1.2.3-500元", &[("500元", 500.0, "CNY")]),
            ("2024年5月3日", &[]),
            ("10 units left", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<(&str, f64, &str)> = find_amounts(text, 8)
                .iter()
                .map(|a| (&text[a.start..a.end], a.value, a.currency))
                .collect();
            assert_eq!(got, *want, "{text:?}");
        }
    }
}
