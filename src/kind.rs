//! Auto-detection of what an input is.

use crate::analyze::qr;
use crate::extract::find_urls;
use crate::options::Kind;

/// Decides the kind of `text` when the caller said `auto`.
///
/// `pitch_like` tells whether the text analyzer found an investment offer's cues.
pub fn detect(text: &str, pitch_like: bool) -> Kind {
    let t = text.trim();
    if t.is_empty() {
        return Kind::Message;
    }
    if qr::has_qr_scheme(t) {
        return Kind::Qr;
    }
    if is_lone_url(t) {
        return Kind::Url;
    }
    if pitch_like {
        Kind::Pitch
    } else {
        Kind::Message
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
    fn detects_kinds() {
        let cases: &[(&str, bool, Kind)] = &[
            ("https://www.icbc.com.cn/", false, Kind::Url),
            ("icbc-vip.top", false, Kind::Url),
            ("  http://1.2.3.4/a  ", false, Kind::Url),
            ("WIFI:T:WPA;S:home;P:secret;;", false, Kind::Qr),
            ("wxp://f2f0abc", false, Kind::Qr),
            (
                "bitcoin:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
                false,
                Kind::Qr,
            ),
            ("BEGIN:VCARD\nFN:张三\nEND:VCARD", false, Kind::Qr),
            ("你好，明天见", false, Kind::Message),
            ("日收益3%，稳赚不赔", true, Kind::Pitch),
            ("", false, Kind::Message),
            ("http://", false, Kind::Message),
        ];
        for (text, pitch, want) in cases {
            assert_eq!(detect(text, *pitch), *want, "{text:?}");
        }
    }
}
