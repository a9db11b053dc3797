//! Cryptocurrency wallet addresses: TRON (`T…`, where USDT-TRC20 lives), Ethereum-style
//! (`0x` + 40 hex digits) and Bitcoin (`bc1…`, `1…`, `3…`).

/// A wallet address found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundWallet {
    /// Byte range in the text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The chain: `TRON`, `ETH`, `BTC`.
    pub chain: &'static str,
}

fn base58(b: u8) -> bool {
    b.is_ascii_alphanumeric() && !matches!(b, b'0' | b'O' | b'I' | b'l')
}

/// Classifies one token (case as written).
pub fn classify(tok: &str) -> Option<&'static str> {
    let b = tok.as_bytes();
    let n = b.len();
    let has_digit = b.iter().any(u8::is_ascii_digit);
    let has_alpha = b.iter().any(u8::is_ascii_alphabetic);
    if !(has_digit && has_alpha) {
        return None;
    }
    if n == 34 && b[0] == b'T' && b.iter().all(|c| base58(*c)) {
        return Some("TRON");
    }
    if n == 42 && tok.starts_with("0x") && b[2..].iter().all(u8::is_ascii_hexdigit) {
        return Some("ETH");
    }
    let lower = tok.to_ascii_lowercase();
    if (42..=62).contains(&n)
        && lower.starts_with("bc1")
        && lower[3..]
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    {
        return Some("BTC");
    }
    if (26..=35).contains(&n)
        && (b[0] == b'1' || b[0] == b'3')
        && b.iter().all(|c| base58(*c))
        && b.iter().any(u8::is_ascii_uppercase)
        && b.iter().any(u8::is_ascii_lowercase)
    {
        return Some("BTC");
    }
    None
}

/// Finds wallet addresses in `text` (the original text: addresses are case-sensitive).
pub fn find_wallets(text: &str, max: usize) -> Vec<FoundWallet> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() && out.len() < max {
        if !bytes[i].is_ascii_alphanumeric() {
            i = super::skip_to(bytes, i, |b| b.is_ascii_alphanumeric());
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i - start >= 26 {
            if let Some(chain) = classify(&text[start..i]) {
                out.push(FoundWallet {
                    start,
                    end: i,
                    chain,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_wallets() {
        let cases: &[(&str, Option<&str>)] = &[
            ("TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf", Some("TRON")),
            ("0x52908400098527886E0F7030069857D2E4169EE7", Some("ETH")),
            ("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", Some("BTC")),
            ("1BoatSLRHtKNngkdXEeobR76b53LETtpyT", Some("BTC")),
            ("abcdefghijklmnopqrstuvwxyzabcdefgh", None),
            ("12345678901234567890123456789", None),
        ];
        for (tok, want) in cases {
            assert_eq!(classify(tok), *want, "{tok}");
        }
    }
}
