//! Bank-card numbers (checked with the Luhn digit) and Chinese resident ID numbers.

/// What a long run of digits is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LongNumber {
    /// A payment-card number: 15–19 digits, a known network prefix and a valid Luhn digit.
    BankCard,
    /// An 18-character resident ID number with a valid ISO 7064 check character.
    IdNumber,
}

/// A card or ID number found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundNumber {
    /// Byte range in the text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The digits (and a final `X` for ID numbers).
    pub digits: String,
    /// What it is.
    pub kind: LongNumber,
}

/// True when the digits pass the Luhn check.
pub fn luhn_ok(digits: &str) -> bool {
    let mut sum = 0u32;
    for (i, b) in digits.bytes().rev().enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        let mut d = (b - b'0') as u32;
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    !digits.is_empty() && sum.is_multiple_of(10)
}

/// True when an 18-character resident ID number's last character checks (ISO 7064 MOD 11-2).
pub fn id_number_ok(id: &str) -> bool {
    let b = id.as_bytes();
    if b.len() != 18 || !b[..17].iter().all(u8::is_ascii_digit) {
        return false;
    }
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = b[..17]
        .iter()
        .zip(W)
        .map(|(d, w)| (d - b'0') as u32 * w)
        .sum();
    let check = b"10X98765432"[(sum % 11) as usize];
    b[17].to_ascii_uppercase() == check
}

fn card_prefix_ok(d: &str) -> bool {
    let two: u32 = d.get(..2).and_then(|p| p.parse().ok()).unwrap_or(0);
    let four: u32 = d.get(..4).and_then(|p| p.parse().ok()).unwrap_or(0);
    d.starts_with('4')                   // Visa
        || (51..=55).contains(&two)      // Mastercard
        || (2221..=2720).contains(&four) // Mastercard 2-series
        || two == 62 || two == 81        // UnionPay
        || two == 34 || two == 37        // Amex
        || two == 35                     // JCB
        || d.starts_with("6011") || d.starts_with("65") // Discover
}

/// Finds card and ID numbers (digits may be grouped by single spaces or dashes), at most `max`.
pub fn find_long_numbers(text: &str, max: usize) -> Vec<FoundNumber> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() && out.len() < max {
        if !bytes[i].is_ascii_digit() {
            i = super::skip_to(bytes, i, |b| b.is_ascii_digit());
            continue;
        }
        if i > 0 && bytes[i - 1].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = String::new();
        let mut end = i;
        while i < bytes.len() {
            let c = bytes[i];
            if c.is_ascii_digit() {
                digits.push(c as char);
                i += 1;
                end = i;
            } else if (c == b' ' || c == b'-')
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                && digits.len() < 19
            {
                i += 1;
            } else {
                break;
            }
        }
        if digits.len() == 17 && bytes.get(end).is_some_and(|b| *b == b'x' || *b == b'X') {
            digits.push('X');
            end += 1;
        }
        if bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        let kind = if digits.len() == 18 && id_number_ok(&digits) {
            Some(LongNumber::IdNumber)
        } else if (15..=19).contains(&digits.len()) && card_prefix_ok(&digits) && luhn_ok(&digits) {
            Some(LongNumber::BankCard)
        } else {
            None
        };
        if let Some(kind) = kind {
            out.push(FoundNumber {
                start,
                end,
                digits,
                kind,
            });
        }
    }
    out
}

/// The card number with all but the first four and last four digits hidden.
pub fn mask(digits: &str) -> String {
    let n = digits.len();
    if n <= 8 {
        return digits.to_string();
    }
    format!("{}{}{}", &digits[..4], "*".repeat(n - 8), &digits[n - 4..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cards_and_ids() {
        let cases: &[(&str, Option<LongNumber>)] = &[
            ("卡号 6222 0212 3456 7890 128", Some(LongNumber::BankCard)),
            ("卡号 6222 0212 3456 7890 129", None),
            ("转到 4111 1111 1111 1111 就行", Some(LongNumber::BankCard)),
            ("6212261202011584340", Some(LongNumber::BankCard)),
            ("6212261202011584349", None),
            ("身份证 11010519491231002X", Some(LongNumber::IdNumber)),
            ("订单号 1234567890123456", None),
            ("4111111111111112", None),
        ];
        for (text, want) in cases {
            let got = find_long_numbers(text, 4).first().map(|f| f.kind);
            assert_eq!(got, *want, "{text:?}");
        }
    }

    #[test]
    fn luhn_and_masking() {
        assert!(luhn_ok("79927398713"));
        assert!(!luhn_ok("79927398710"));
        assert_eq!(mask("4111111111111111"), "4111********1111");
    }
}
