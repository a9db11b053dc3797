//! Structure checks on one URL's pieces: words, random-looking labels, nested URLs, e-mail
//! addresses, phishing-kit paths.

use super::brands::is_boundary;
use crate::fasthash::FastMap;
use crate::phrases::PhraseSet;
use aho_corasick::MatchKind;

/// Bait words of phishing URLs (`rules/lists/url_words.toml`, list `url_bait`).
#[derive(Debug, Clone)]
pub struct WordMatcher {
    ac: PhraseSet,
    words: Vec<&'static str>,
}

impl WordMatcher {
    /// Builds the matcher over `words` (lower-case).
    pub fn new(words: &[&'static str]) -> Self {
        let words: Vec<&'static str> = words.iter().copied().filter(|w| !w.is_empty()).collect();
        let ac = PhraseSet::new(&words, MatchKind::Standard);
        WordMatcher { ac, words }
    }

    /// True when `token` is one bait word.
    pub fn is_word(&self, token: &str) -> bool {
        !token.is_empty() && self.words.contains(&token)
    }

    /// Distinct bait words in `text` (lower-case), at most `max`. ASCII words must stand as
    /// tokens, or be six letters or longer; CJK words match anywhere.
    pub fn find(&self, text: &str, max: usize) -> Vec<&'static str> {
        let found = self
            .ac
            .find_overlapping_iter(text)
            .map(|m| (self.words[m.pattern().as_usize()], m.start(), m.end()));
        pick(found, text, max)
    }

    /// [`WordMatcher::find`], from the [`Occurrence`]s of a list in `text` (so that one scan
    /// of `text` serves both).
    pub fn find_among(occurrences: &[Occurrence], text: &str, max: usize) -> Vec<&'static str> {
        pick(occurrences.iter().map(|o| (o.0, o.1, o.2)), text, max)
    }
}

/// A word of a list found in a text, even inside a longer token: (word, start, end, stands).
/// `stands` when the word may count alone there: five letters or more, or at a token edge.
pub type Occurrence = (&'static str, usize, usize, bool);

/// Several word lists looked for in one text (at most eight), with one automaton and one pass
/// instead of one per list.
#[derive(Debug, Clone)]
pub struct WordLists {
    ac: PhraseSet,
    /// Each distinct word.
    words: Vec<&'static str>,
    /// The lists each word is in (bit `i` for list `i`).
    lists: Vec<u8>,
}

/// Every occurrence of a word of some [`WordLists`] in a text, with the lists it is in.
pub struct ListOccurrences(Vec<(Occurrence, u8)>);

impl WordLists {
    /// Builds the matcher over `lists` (lower-case words).
    pub fn new(lists: &[&[&'static str]]) -> Self {
        assert!(lists.len() <= 8, "at most eight lists");
        let mut words: Vec<&'static str> = Vec::new();
        let mut in_lists: Vec<u8> = Vec::new();
        let mut index: FastMap<&'static str, u16> = FastMap::default();
        for (i, list) in lists.iter().enumerate() {
            for &w in list.iter().filter(|w| !w.is_empty()) {
                let at = match index.get(w) {
                    Some(&at) => at as usize,
                    None => {
                        index.insert(w, words.len() as u16);
                        words.push(w);
                        in_lists.push(0);
                        words.len() - 1
                    }
                };
                in_lists[at] |= 1 << i;
            }
        }
        // `&Vec<&str>`, as the other phrase sets: one more type would compile the automaton's
        // builder once more into the wasm module.
        let ac = PhraseSet::new(&words, MatchKind::Standard);
        WordLists {
            ac,
            words,
            lists: in_lists,
        }
    }

    /// Every occurrence in `text` of a word of any list, in the order a search of each list on
    /// its own reports them: by end, then the longer first.
    pub fn occurrences(&self, text: &str) -> ListOccurrences {
        let b = text.as_bytes();
        ListOccurrences(
            self.ac
                .find_overlapping_iter(text)
                .map(|m| {
                    let (w, lists) = (
                        self.words[m.pattern().as_usize()],
                        self.lists[m.pattern().as_usize()],
                    );
                    let stands =
                        m.len() > 4 || is_boundary(b, m.start()) || is_boundary(b, m.end());
                    ((w, m.start(), m.end(), stands), lists)
                })
                .collect(),
        )
    }
}

impl ListOccurrences {
    /// The occurrences of the words of list `i`.
    pub fn of(&self, i: usize) -> Vec<Occurrence> {
        self.0
            .iter()
            .filter(|(_, lists)| lists & (1 << i) != 0)
            .map(|(o, _)| *o)
            .collect()
    }
}

/// The words that [`WordMatcher::find`] keeps among `found` (word, start, end) in `text`.
fn pick(
    found: impl Iterator<Item = (&'static str, usize, usize)>,
    text: &str,
    max: usize,
) -> Vec<&'static str> {
    let s = text.as_bytes();
    let mut out: Vec<&'static str> = Vec::new();
    for (w, start, end) in found {
        let ok = !w.is_ascii() || (is_boundary(s, start) && is_boundary(s, end)) || w.len() >= 6;
        // Keep the longer of overlapping words (`sign-in` over `sign`).
        if ok && !out.iter().any(|o| o.contains(w)) {
            out.retain(|o| !w.contains(o));
            out.push(w);
            if out.len() >= max {
                break;
            }
        }
    }
    out
}

/// Byte offset of the first `needle` in `hay`, as `str::find` gives it. For the short needles
/// of one URL's checks (its host, `xn--`) the extractors' word search costs less than the
/// set-up of `str::find`'s two-way search; longer needles still use it, so the cost stays
/// linear.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1..=64 => crate::extract::find_word(hay.as_bytes(), 0, needle.as_bytes()),
        _ => hay.find(needle),
    }
}

/// Decodes `%xx` escapes (invalid UTF-8 becomes U+FFFD) and lower-cases ASCII.
pub fn percent_decode_lower(s: &str) -> String {
    if !s.contains('%') {
        return s.to_ascii_lowercase();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = |c: u8| (c as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i].to_ascii_lowercase());
        i += 1;
    }
    // `%41` decodes to `A`: lower-case again.
    match String::from_utf8(out) {
        Ok(mut decoded) => {
            decoded.make_ascii_lowercase();
            decoded
        }
        Err(e) => String::from_utf8_lossy(e.as_bytes()).to_ascii_lowercase(),
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// True when a host label looks machine-made rather than chosen by a person: long runs of
/// consonants, letters and digits interleaved, or long hex. Pinyin initials (`bjdx`) are short
/// and not reported; only labels of eight characters or more are judged.
pub fn is_random_label(label: &str) -> bool {
    let b = label.as_bytes();
    if b.len() < 8 || !label.is_ascii() {
        return false;
    }
    let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    // Letter/digit switches: a1b2c3d4.
    let switches = b
        .windows(2)
        .filter(|w| w[0].is_ascii_digit() != w[1].is_ascii_digit())
        .count();
    if (letters > 0 && digits > 0 && switches >= 4) || (letters >= 2 && digits >= 5) {
        return true;
    }
    if b.len() >= 16 && b.iter().all(|c| c.is_ascii_hexdigit()) && digits >= 3 && letters >= 3 {
        return true;
    }
    // Consonant runs: xkqzvbwt.
    let mut run = 0;
    let mut max_run = 0;
    for &c in b {
        if c.is_ascii_alphabetic() && !is_vowel(c) {
            run += 1;
            max_run = max_run.max(run);
        } else {
            run = 0;
        }
    }
    let vowels = b.iter().filter(|c| is_vowel(**c)).count();
    max_run >= 6 || (letters >= 10 && vowels * 6 < letters)
}

/// A URL written inside `rest` (the path and query of another URL): `…?url=http://…`,
/// `…/redirect/https%3A%2F%2F…`, `…?next=www.…`. Returns the nested part's start in `rest`.
pub fn nested_url(rest_decoded: &str) -> Option<usize> {
    const STARTS: [&str; 5] = ["http://", "https://", "http:/", "https:/", "www."];
    let b = rest_decoded.as_bytes();
    let at = |i: usize, p: &str| b[i..].starts_with(p.as_bytes());
    // The first occurrence of each start counts, unless it is at 0: a start written at 0 does
    // not count at all.
    let live = STARTS.map(|p| !at(0, p));
    (1..b.len()).find(|&i| {
        matches!(b[i], b'h' | b'w') && STARTS.iter().zip(live).any(|(p, l)| l && at(i, p))
    })
}

/// An e-mail address in the path or query (`?email=victim@example.com`).
pub fn email_in(rest_decoded: &str) -> Option<&str> {
    let at = rest_decoded.find('@')?;
    let b = rest_decoded.as_bytes();
    let is_part = |c: u8| c.is_ascii_alphanumeric() || b"._-+".contains(&c);
    let mut s = at;
    while s > 0 && is_part(b[s - 1]) {
        s -= 1;
    }
    let mut e = at + 1;
    while e < b.len() && is_part(b[e]) {
        e += 1;
    }
    let local = &rest_decoded[s..at];
    let domain = rest_decoded[at + 1..e].trim_end_matches('.');
    let tld = domain.rsplit('.').next().unwrap_or("");
    (!local.is_empty()
        && domain.contains('.')
        && tld.len() >= 2
        && tld.bytes().all(|c| c.is_ascii_alphabetic()))
    .then(|| &rest_decoded[s..at + 1 + domain.len()])
}

/// True when `path` looks like a phishing kit dropped on a hacked site: a page (`.php`,
/// `.html`) below a content-management or system folder, a home folder `~user`, or long
/// random segments next to a page.
pub fn is_kit_path(path: &str, kit_dirs: &[&str]) -> bool {
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if segs.is_empty() {
        return false;
    }
    let last = segs[segs.len() - 1];
    let page = [".php", ".html", ".htm", ".asp", ".aspx", ".jsp"]
        .iter()
        .any(|x| last.ends_with(x));
    let sys_dir = segs.iter().take(segs.len() - 1).any(|s| {
        matches!(
            *s,
            "wp-content" | "wp-includes" | "wp-admin" | ".well-known" | "cgi-bin" | "wp-snapshots"
        )
    });
    let kit_dirs_n = segs.iter().filter(|s| kit_dirs.contains(s)).count();
    let random_seg = segs.iter().any(|s| {
        let b = s.as_bytes();
        b.len() >= 16
            && b.iter().all(|c| c.is_ascii_alphanumeric())
            && b.iter().filter(|c| c.is_ascii_digit()).count() >= 4
            && b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 4
    });
    let asset = [
        ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".css", ".js", ".pdf", ".mp4", ".mp3",
        ".woff", ".woff2", ".ttf", ".ico", ".zip",
    ]
    .iter()
    .any(|x| last.ends_with(x));
    // Inside WordPress's own folders, anything but a picture, a style sheet or a document is a
    // page or a folder a kit was unpacked into (`/wp-includes/h1/`): blogs link to posts, not
    // there. Other system folders (cgi-bin) hold honest pages too and need a deeper path.
    let wp_dir = segs
        .iter()
        .take(segs.len() - 1)
        .any(|s| s.starts_with("wp-"));
    (sys_dir && !asset && (page || segs.len() >= 3 || wp_dir))
        || (random_seg && (page || kit_dirs_n > 0))
}

/// A path segment that is a long machine-made token (`/a111aedc8ae390eabcfa130e041a10a4/`):
/// phishing kits copy themselves into a fresh random folder for each victim or campaign.
/// Hex of twenty characters or more mixing digits and letters, or any letters-and-digits run of
/// thirty or more with both. Returns the token.
pub fn token_segment(path: &str) -> Option<&str> {
    path.split(['/', '?', '&', '=', '.', '_', '-']).find(|seg| {
        let b = seg.as_bytes();
        let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
        let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
        if digits < 3 || letters < 3 || digits + letters != b.len() {
            return false;
        }
        (b.len() >= 20 && b.iter().all(|c| c.is_ascii_hexdigit())) || (b.len() >= 30 && digits >= 6)
    })
}

/// A whole domain name written inside the subdomains (`paypal.com.secure-check.example.net`),
/// any site's, not only a known brand's: on a phone only the start of the address shows, and
/// it reads as that site. `domain_len` is the length of the registrable domain at the end of
/// `host`. Returns the fake domain as written (`paypal.com`).
pub fn domain_in_subdomains(host: &str, domain_len: usize) -> Option<&str> {
    let sub = host.get(..host.len().checked_sub(domain_len + 1)?)?;
    let labels: Vec<&str> = sub.split('.').collect();
    let mut start = 0;
    for (i, l) in labels.iter().enumerate() {
        if i > 0
            && matches!(*l, "com" | "net" | "org" | "info" | "biz" | "gov" | "edu")
            && labels[i - 1].len() >= 2
            && labels[i - 1].bytes().any(|c| c.is_ascii_alphabetic())
        {
            let prev_start = start - labels[i - 1].len() - 1;
            return Some(&sub[prev_start..start + l.len()]);
        }
        start += l.len() + 1;
    }
    None
}

/// Endings of host names written as folder names (`/www.bank.com/`, `/twitter.com/`).
const HOST_ENDINGS: &[&str] = &[
    "com", "net", "org", "info", "biz", "co", "io", "me", "us", "uk", "de", "fr", "br", "ru", "cn",
    "jp", "in", "it", "es", "ca", "au", "nl", "pl", "mx",
];

/// A folder of the path named like a host (`/3.mtb.com/www3.mtb.com/…`, `/paypal.com/signin/`):
/// a kit names its folders after the site it copies so that the address seems to mention it.
/// Only folders count (something follows them), not a final page named after a site.
pub fn host_folder(path: &str) -> Option<&str> {
    // Every segment but the last.
    let (folders, _) = path.rsplit_once('/')?;
    folders.split('/').find(|seg| {
        let Some((name, ending)) = seg.rsplit_once('.') else {
            return false;
        };
        let before_ending = name.rsplit('.').next().unwrap_or("");
        seg.split('.')
            .all(|l| !l.is_empty() && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'))
            && before_ending.bytes().any(|c| c.is_ascii_alphabetic())
            && HOST_ENDINGS.contains(&ending)
    })
}

/// An empty or bare e-mail field in the query (`?email=`, `?email&x=1`, `login=&…`): the
/// kit's link is a template waiting for the victim's address. A form's link that leaves many
/// fields empty (`&first=&last=&email=&zip=`) is an honest blank form, not a template.
pub fn empty_email_field(query: &str) -> bool {
    let empty = |kv: &str| kv.split_once('=').is_none_or(|(_, v)| v.is_empty());
    if query.split('&').filter(|kv| empty(kv)).count() > 3 {
        return false;
    }
    query.split('&').any(|kv| {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        // `trim_start_matches("amp;")`, without setting up a substring search.
        let mut k = k;
        while let Some(rest) = k.strip_prefix("amp;") {
            k = rest;
        }
        v.is_empty()
            && matches!(
                k,
                "email" | "e-mail" | "mail" | "emailaddress" | "userid" | "login"
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_labels() {
        let cases = [
            ("google", false),
            ("bjdx", false),
            ("zhongguancun", false),
            ("xkqzvbwtr", true),
            ("a1b2c3d4e5", true),
            ("fbproject4df3409fkl342ef043", true),
            ("3d9f0a1b2c4e5f6a", true),
            ("shadetreetechnology", false),
            ("philippinegetawayadventuretours", false),
            ("com1278623", true),
            ("web2020", false),
        ];
        for (label, want) in cases {
            assert_eq!(is_random_label(label), want, "{label}");
        }
    }

    #[test]
    fn nested_urls_and_emails() {
        assert_eq!(nested_url("/url?q=https://evil.example/"), Some(7));
        assert_eq!(nested_url("/a/b"), None);
        assert_eq!(nested_url("www.a/www.b/http://c"), Some(12));
        assert_eq!(nested_url("/go/https:/x"), Some(4));
        assert_eq!(nested_url(""), None);
        assert_eq!(find("http://a.example/a", "a"), Some(7));
        assert_eq!(find("http://a.example/a", ""), Some(0));
        assert_eq!(find("ab", "abc"), None);
        assert_eq!(find("退款xn--", "xn--"), Some(6));
        assert_eq!(
            email_in("/x?login=bridge3879@naver.com&x=1"),
            Some("bridge3879@naver.com")
        );
        assert_eq!(email_in("/@user/post"), None);
        assert_eq!(
            percent_decode_lower("/%E9%80%80%E6%AC%BE/A%zz%4"),
            "/退款/a%zz%4"
        );
    }

    #[test]
    fn kit_paths() {
        let dirs = ["plugins", "themes", "uploads"];
        let cases = [
            ("/wp-content/plugins/x/login.php", true),
            ("/wp-content/uploads/2019/02/photo.jpg", false),
            ("/wp-includes/h1/", true),
            ("/wp-admin/", false),
            ("/wp-content/themes/x/style.css", false),
            ("/cgi-bin/search", false),
            ("/~u43730p39181/pki-validation", false),
            (
                "/V4/validation/a111aedc8ae390eabcfa130e041a10a4/index.php",
                true,
            ),
            ("/v/the-hardware-store/4a2ff541f964a520fa981fe3", false),
            ("/wiki/Ping", false),
            ("/", false),
        ];
        for (path, want) in cases {
            assert_eq!(is_kit_path(path, &dirs), want, "{path}");
        }
    }

    #[test]
    fn domains_inside_subdomains() {
        let host = "support-appleld.com.secureupdate.example.com";
        assert_eq!(domain_in_subdomains(host, 11), Some("support-appleld.com"));
        assert_eq!(domain_in_subdomains("www.example.com", 11), None);
        assert_eq!(domain_in_subdomains("com.example.com", 11), None);
        assert_eq!(domain_in_subdomains("example.com", 11), None);
    }

    #[test]
    fn tokens_host_folders_and_email_fields() {
        assert_eq!(
            token_segment("/v2/verify/0f3a9c2be17d48a6b5e9c0d1f2a3b4c5"),
            Some("0f3a9c2be17d48a6b5e9c0d1f2a3b4c5")
        );
        assert_eq!(token_segment("/2021/05/hello-world-of-rust/"), None);
        assert_eq!(token_segment("/deadbeefdeadbeefdeadbeef"), None); // no digits
        assert_eq!(
            host_folder("/online.bank.com/signon/index.php"),
            Some("online.bank.com")
        );
        assert_eq!(host_folder("/files/report.v2.pdf"), None);
        assert_eq!(host_folder("/update.microsoft.com.html"), None); // a page, not a folder
        assert_eq!(host_folder("/v1.2/api/"), None);
        assert!(empty_email_field("email="));
        assert!(empty_email_field("x=1&amp;email&y=2"));
        assert!(!empty_email_field("email=a%40b.com"));
        assert!(!empty_email_field("q=mail"));
        assert!(!empty_email_field("id=4&first=&last=&email=&zip=&phone="));
    }

    #[test]
    fn bait_words() {
        let m = WordMatcher::new(&["login", "sign-in", "verify", "secure", "退款", "tuikuan"]);
        let cases: &[(&str, &[&str])] = &[
            ("secure-login.example.com", &["secure", "login"]),
            ("securelogin.example.com", &["secure"]),
            ("/sign-in/verify", &["sign-in", "verify"]),
            ("/退款/申请", &["退款"]),
            ("tuikuan.top", &["tuikuan"]),
            ("blogin.example", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(&m.find(text, 5), want, "{text}");
        }
    }
}
