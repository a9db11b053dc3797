//! Auto-detection of what an input is.

use crate::analyze::qr;
use crate::extract::find_urls;
use crate::options::Kind;

/// What a trimmed text is by its shape alone, when the caller said `auto`: a QR payload, one
/// lone URL or domain, or neither (`None`). A message and an investment pitch look alike; the
/// engine tells them apart by the pitch cues the text analyzer finds.
pub fn by_shape(t: &str) -> Option<Kind> {
    if qr::has_qr_scheme(t) {
        Some(Kind::Qr)
    } else if is_lone_url(t) {
        Some(Kind::Url)
    } else {
        None
    }
}

/// True when `t` (trimmed) is one URL or domain and nothing else.
pub fn is_lone_url(t: &str) -> bool {
    let head = crate::limits::prefix(t, 16).as_bytes();
    let starts_with = |scheme: &[u8]| {
        head.len() >= scheme.len() && head[..scheme.len()].eq_ignore_ascii_case(scheme)
    };
    let script_or_data = starts_with(b"javascript:") || starts_with(b"data:");
    // A URL found in a text is made of ASCII bytes, and a lone one runs from the first byte
    // to the last character: any other byte before the last one rules it out without a search.
    // Only a script or data URL may hold other characters, so only then are they looked at.
    if !t.as_bytes()[..t.len().saturating_sub(1)].is_ascii() {
        return script_or_data && !t.chars().any(char::is_whitespace);
    }
    if t.chars().any(char::is_whitespace) {
        return false;
    }
    if script_or_data {
        return true;
    }
    let (urls, total) = find_urls(t, 1);
    total == 1 && urls[0].start == 0 && urls[0].end >= t.len().saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_kinds_by_shape() {
        let cases: &[(&str, Option<Kind>)] = &[
            ("https://www.icbc.com.cn/", Some(Kind::Url)),
            ("icbc-vip.top", Some(Kind::Url)),
            ("http://1.2.3.4/a", Some(Kind::Url)),
            ("javascript:alert(1)", Some(Kind::Url)),
            ("WIFI:T:WPA;S:home;P:secret;;", Some(Kind::Qr)),
            ("wxp://f2f0abc", Some(Kind::Qr)),
            (
                "bitcoin:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
                Some(Kind::Qr),
            ),
            ("BEGIN:VCARD\nFN:张三\nEND:VCARD", Some(Kind::Qr)),
            ("你好，明天见", None),
            ("日收益3%，稳赚不赔", None),
            ("看看 https://www.icbc.com.cn/ 这个", None),
            ("", None),
            ("http://", None),
        ];
        for (text, want) in cases {
            assert_eq!(by_shape(text), *want, "{text:?}");
        }
    }
}
