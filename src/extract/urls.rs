//! URLs and bare domains written inside a text.

/// Top-level domains that make a bare `word.tld` in a message read as a web address.
const BARE_DOMAIN_TLDS: &[&str] = &[
    "com", "net", "org", "cn", "top", "xyz", "vip", "cc", "wang", "info", "biz", "io", "co", "me",
    "app", "shop", "club", "online", "site", "live", "icu", "ltd", "work", "tk", "ml", "ga", "cf",
    "gq", "hk", "tw", "mo", "us", "uk", "in", "ru", "de", "jp", "kr", "sg", "my", "ph", "th", "vn",
    "gov", "edu", "tv", "fun", "store", "tech", "pro", "asia", "today", "link", "click", "bond",
    "cyou", "sbs", "buzz", "monster", "rest", "bar", "loan", "win", "bid", "men", "kim", "ink",
    "red", "ren", "fit", "love", "ai", "la", "ws", "pw", "su", "to", "ly", "gl", "gd", "im",
];

/// Bytes that may stand in a URL: ASCII letters, digits and RFC 3986's other characters
/// (ASCII only, as `skip_to` needs). A table, because every byte of every text is looked up.
const URL_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    let others = b"-._~:/?#[]@!$&'()*+,;=%";
    let mut i = 0;
    while i < others.len() {
        t[others[i] as usize] = true;
        i += 1;
    }
    t
};

fn is_url_char(b: u8) -> bool {
    URL_BYTES[b as usize]
}

/// A URL or domain found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundUrl {
    /// Byte range in the text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// True when the text wrote a scheme (`http://`) or `www.`; false for a bare domain.
    pub explicit: bool,
}

/// Finds URLs and bare domains, in order. Stops after `max` (the rest are only counted).
pub fn find_urls(text: &str, max: usize) -> (Vec<FoundUrl>, usize) {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut total = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !is_url_char(bytes[i]) {
            i = super::skip_to(bytes, i, is_url_char);
            continue;
        }
        let start = i;
        while i < bytes.len() && is_url_char(bytes[i]) {
            i += 1;
        }
        let mut end = i;
        while end > start && b".,;:!?)]'\"".contains(&bytes[end - 1]) {
            end -= 1;
        }
        let token = &text[start..end];
        if let Some(url) = classify_token(token, start) {
            total += 1;
            if found.len() < max {
                found.push(url);
            }
        }
    }
    (found, total)
}

fn classify_token(token: &str, start: usize) -> Option<FoundUrl> {
    // A scheme needs a `:`; `www.` and a domain need a `.`: most tokens of a message (numbers,
    // words) have neither.
    if !token.bytes().any(|b| b == b'.' || b == b':') {
        return None;
    }
    let lower = token.to_ascii_lowercase();
    for scheme in ["http://", "https://", "hxxp://", "hxxps://"] {
        if let Some(at) = lower.find(scheme) {
            return (lower.len() > at + scheme.len()).then_some(FoundUrl {
                start: start + at,
                end: start + token.len(),
                explicit: true,
            });
        }
    }
    if let Some(at) = lower.find("www.") {
        return Some(FoundUrl {
            start: start + at,
            end: start + token.len(),
            explicit: true,
        });
    }
    if lower.contains('@') && !lower.contains('/') {
        return None; // an e-mail address
    }
    let host = lower.split(['/', '?', '#', ':']).next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
        return None;
    }
    let tld = labels[labels.len() - 1];
    if !BARE_DOMAIN_TLDS.contains(&tld) || !labels[0].bytes().any(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    Some(FoundUrl {
        start,
        end: start + token.len(),
        explicit: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_urls_and_bare_domains_in_messages() {
        let cases: &[(&str, &[&str])] = &[
            (
                "点击 http://1cbc.com.cn/login 验证",
                &["http://1cbc.com.cn/login"],
            ),
            ("登录icbc-vip.top领取补贴", &["icbc-vip.top"]),
            ("see www.example.com.", &["www.example.com"]),
            ("利率3.5%，共2.0万元", &[]),
            ("mail me at a@b.com", &[]),
            (
                "两个链接 https://a.cn 和 https://b.xyz/x?y=1",
                &["https://a.cn", "https://b.xyz/x?y=1"],
            ),
            ("http://", &[]),
        ];
        for (text, want) in cases {
            let (got, _) = find_urls(text, 10);
            let got: Vec<&str> = got.iter().map(|u| &text[u.start..u.end]).collect();
            assert_eq!(&got, want, "in {text:?}");
        }
    }

    #[test]
    fn counts_urls_beyond_the_limit() {
        let text = "a.com ".repeat(100);
        let (found, total) = find_urls(&text, 10);
        assert_eq!((found.len(), total), (10, 100));
    }
}
