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
    /// (`second,second,*,!exception`, possibly empty).
    tlds: Vec<(&'static str, &'static str)>,
    /// Extra suffixes of any length (free-hosting platforms).
    extra: FastSet<&'static str>,
    /// Length of the longest extra suffix: longer tails are not looked up, so a host of many
    /// labels costs time in proportion to its length, not its square.
    extra_max: usize,
}

impl SuffixList {
    /// Indexes the embedded list plus `extra` suffixes (lower-case, no leading dot).
    pub fn new(extra: &[&'static str]) -> Self {
        let tlds = LIST
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once(':'))
            .collect();
        SuffixList {
            tlds,
            extra: extra.iter().copied().collect(),
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

    /// Length in bytes of the public suffix at the end of `host` (lower-case, no trailing dot);
    /// 0 when the host has a single label that is not a known top-level domain.
    pub fn suffix_len(&self, host: &str) -> usize {
        // Extra (platform) suffixes first: they are longer than the ICANN rule under them.
        let mut best = if self.extra.contains(host) {
            host.len()
        } else {
            0
        };
        let mut at = 0;
        while let Some(dot) = host[at..].find('.') {
            let tail = &host[at + dot + 1..];
            if best == 0 && tail.len() <= self.extra_max && self.extra.contains(tail) {
                best = tail.len();
                break;
            }
            at += dot + 1;
        }
        let mut labels = host.rsplit('.');
        let tld = labels.next().unwrap_or("");
        let rules = self.rules_of(tld);
        let has = |rule: &dyn Fn(&str) -> bool| rules.is_some_and(|r| r.split(',').any(rule));
        let icann = match labels.next() {
            Some(second) if has(&|r| r.strip_prefix('!') == Some(second)) => tld.len(),
            Some(second) if has(&|r| r == second || r == "*") => tld.len() + 1 + second.len(),
            _ if rules.is_some() || host.contains('.') => tld.len(),
            _ => 0,
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
        let n = self.suffix_len(host);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_list_is_in_byte_order_without_repeats() {
        let list = SuffixList::new(&[]);
        assert!(list.tlds.len() > 1000);
        assert!(list.tlds.windows(2).all(|w| w[0].0 < w[1].0));
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
