//! The registrable domain of a host: the part a person can buy (`www.icbc.com.cn` →
//! `icbc.com.cn`), found with the Public Suffix List.
//!
//! The list is embedded as data (`public_suffix.txt`, the ICANN rules of at most two labels,
//! one line per top-level domain in byte order) and searched in place: building the analyzer
//! only notes where each line starts, so the page's start-up does not hash ~9,000 rules.
//! Measured on the wasm build: the list as data costs about 17 KB gzipped; the `psl` crate,
//! which compiles the list to code, about 230 KB.
//! Rules of three labels (`*.kawasaki.jp`, `k12.ak.us`) are left out: for such hosts the
//! registrable domain comes out one label shorter, which no check here depends on.
//! Free-hosting platforms (`rules/lists/hosting.toml`) act as extra suffixes, as in the
//! list's private section: `scam.github.io` is registered by its user, not by GitHub.

use crate::fasthash::FastSet;

static LIST: &str = include_str!("public_suffix.txt");

/// Public-suffix rules, searchable by top-level domain.
#[derive(Debug, Clone, Default)]
pub struct SuffixList {
    /// One entry per top-level domain, in byte order: the domain and its rules below it
    /// (`second,second,*,!exception`, possibly empty, in byte order).
    tlds: Vec<(&'static str, &'static str)>,
    /// Extra suffixes of any length (free-hosting platforms).
    extra: FastSet<&'static str>,
    /// The last two labels of each extra suffix (`windows.net` for `web.core.windows.net`): a
    /// host whose own last two labels are not among them ends in no extra suffix, which one
    /// lookup tells instead of one per label. `None` when an extra suffix has a single label.
    extra_ends: Option<FastSet<&'static str>>,
    /// Length of the longest extra suffix: longer tails are not looked up, so a host of many
    /// labels costs time in proportion to its length, not its square.
    extra_max: usize,
}

/// The (top-level domain, rules) of each `tld:rules` line of `list`, skipping `#` comments.
/// One pass over the bytes: `str::lines` and `split_once` cost several times more per line, and
/// most of the list's ~1,500 lines are a few bytes long.
fn index_lines(list: &'static str) -> Vec<(&'static str, &'static str)> {
    let b = list.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    while start < b.len() {
        let end = b[start..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(b.len(), |n| start + n);
        if b[start] != b'#' {
            if let Some(colon) = b[start..end].iter().position(|&c| c == b':') {
                // Both cuts are next to an ASCII byte, so on character boundaries.
                let line = &list[start..end];
                out.push((&line[..colon], &line[colon + 1..]));
            }
        }
        start = end + 1;
    }
    out
}

/// The last two labels of `host` (all of it when it has fewer), and whether it had two.
fn last_two_labels(host: &str) -> (&str, bool) {
    let mut dots = host.bytes().enumerate().rev().filter(|(_, b)| *b == b'.');
    match (dots.next(), dots.next()) {
        (Some(_), Some((i, _))) => (&host[i + 1..], true),
        (Some(_), None) => (host, true),
        _ => (host, false),
    }
}

impl SuffixList {
    /// Indexes the embedded list plus `extra` suffixes (lower-case, no leading dot).
    pub fn new(extra: &[&'static str]) -> Self {
        let tlds = index_lines(LIST);
        let extra_ends = extra
            .iter()
            .map(|x| match last_two_labels(x) {
                (end, true) => Some(end),
                _ => None,
            })
            .collect();
        SuffixList {
            tlds,
            extra: extra.iter().copied().collect(),
            extra_ends,
            extra_max: extra.iter().map(|x| x.len()).max().unwrap_or(0),
        }
    }

    /// The rules below `tld`, when the list knows it.
    fn rules_of(&self, tld: &str) -> Option<&'static str> {
        self.tlds
            .binary_search_by(|(t, _)| (*t).cmp(tld))
            .ok()
            .map(|i| self.tlds[i].1)
    }

    /// False when `host` neither is nor ends in (after a dot) an extra suffix; true when it
    /// may, after one lookup.
    pub fn may_end_in_extra(&self, host: &str) -> bool {
        self.extra_ends
            .as_ref()
            .is_none_or(|ends| ends.contains(last_two_labels(host).0))
    }

    /// Length of the longest extra suffix that `host` is or ends in (after a dot); 0 if none.
    fn extra_len(&self, host: &str) -> usize {
        if !self.may_end_in_extra(host) {
            return 0;
        }
        if self.extra.contains(host) {
            return host.len();
        }
        let mut at = 0;
        while let Some(dot) = host[at..].find('.') {
            let tail = &host[at + dot + 1..];
            if tail.len() <= self.extra_max && self.extra.contains(tail) {
                return tail.len();
            }
            at += dot + 1;
        }
        0
    }

    /// Length in bytes of the public suffix at the end of `host` (lower-case, no trailing dot);
    /// 0 when the host has a single label that is not a known top-level domain.
    pub fn suffix_len(&self, host: &str) -> usize {
        // Extra (platform) suffixes first: they are longer than the ICANN rule under them.
        let best = self.extra_len(host);
        let (tld, second) = match host.rfind('.') {
            Some(dot) => {
                let head = &host[..dot];
                let second = head.rfind('.').map_or(head, |d| &head[d + 1..]);
                (&host[dot + 1..], Some(second))
            }
            None => (host, None),
        };
        let rules = self.rules_of(tld);
        let icann = match (rules, second) {
            (Some(rules), Some(second)) if rule_for(rules, second) == Rule::Listed => {
                tld.len() + 1 + second.len()
            }
            (None, None) => 0,
            _ => tld.len(),
        };
        best.max(icann)
    }

    /// The public suffix of `host` (`com.cn` for `www.icbc.com.cn`).
    pub fn suffix<'a>(&self, host: &'a str) -> &'a str {
        &host[host.len() - self.suffix_len(host)..]
    }

    /// The registrable domain of `host`: its public suffix plus one label. A host that is
    /// itself a public suffix, or a single label, is returned whole.
    pub fn registrable<'a>(&self, host: &'a str) -> &'a str {
        Self::registrable_given(host, self.suffix_len(host))
    }

    /// [`SuffixList::registrable`] when the length `n` of the host's public suffix
    /// ([`SuffixList::suffix_len`]) is already known.
    pub fn registrable_given(host: &str, n: usize) -> &str {
        if n == 0 || n >= host.len() {
            return host;
        }
        let head = &host[..host.len() - n - 1];
        match head.rfind('.') {
            Some(dot) => &host[dot + 1..],
            None => host,
        }
    }

    /// True when `tld` is a top-level domain the list knows.
    pub fn is_known_tld(&self, tld: &str) -> bool {
        self.rules_of(tld).is_some()
    }
}

/// What the rules below a top-level domain say of the label `second` before it.
#[derive(PartialEq, Eq)]
enum Rule {
    /// `!second`: the label is registrable after all.
    Exception,
    /// `second` or `*`: the two labels together are a public suffix.
    Listed,
    /// Neither.
    None,
}

/// Looks `second` up in `rules` (comma-separated, in byte order: exceptions `!…` and the
/// wildcard `*` sort before every label, so the scan stops at the first rule past `second`).
fn rule_for(rules: &str, second: &str) -> Rule {
    let second = second.as_bytes();
    let mut listed = false;
    for r in rules.as_bytes().split(|b| *b == b',') {
        match r {
            [b'!', rest @ ..] if rest == second => return Rule::Exception,
            [b'!', ..] => {}
            _ if r == second || r == b"*" => listed = true,
            _ if r > second && r > &b"*"[..] => break,
            _ => {}
        }
    }
    if listed {
        Rule::Listed
    } else {
        Rule::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_list_is_in_byte_order_without_repeats() {
        let list = SuffixList::new(&[]);
        assert!(list.tlds.len() > 1000);
        assert!(list.tlds.windows(2).all(|w| w[0].0 < w[1].0));
        // rule_for stops at the first rule past the label it looks for.
        for (tld, rules) in &list.tlds {
            let rules: Vec<&str> = rules.split(',').collect();
            assert!(rules.windows(2).all(|w| w[0] < w[1]), "rules of {tld}");
        }
    }

    #[test]
    fn registrable_domains() {
        let list = SuffixList::new(&["github.io", "blogspot.com"]);
        let cases = [
            ("www.icbc.com.cn", "icbc.com.cn", "com.cn"),
            ("icbc.com.cn.verify.xyz", "verify.xyz", "xyz"),
            ("mp.weixin.qq.com", "qq.com", "com"),
            ("localhost", "localhost", ""),
            ("a.b.co.uk", "b.co.uk", "co.uk"),
            ("www.gov.cn", "www.gov.cn", "gov.cn"),
            ("www.chinatax.gov.cn", "chinatax.gov.cn", "gov.cn"),
            ("gov.cn", "gov.cn", "gov.cn"),
            ("scam.github.io", "scam.github.io", "github.io"),
            ("a.b.scam.blogspot.com", "scam.blogspot.com", "blogspot.com"),
            ("github.io", "github.io", "github.io"),
            ("foo.bar.ck", "foo.bar.ck", "bar.ck"),
            ("www.ck", "www.ck", "ck"),
            (
                "shop.example.unknowntld",
                "example.unknowntld",
                "unknowntld",
            ),
            ("pramlee.com.my", "pramlee.com.my", "com.my"),
            ("xn--fiqs8s", "xn--fiqs8s", "xn--fiqs8s"),
            ("", "", ""),
            (".", ".", ""),
        ];
        for (host, want, suffix) in cases {
            assert_eq!(list.registrable(host), want, "{host}");
            assert_eq!(list.suffix(host), suffix, "suffix of {host}");
        }
    }
}
