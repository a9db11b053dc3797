//! The registrable domain of a host: the part a person can buy (`www.icbc.com.cn` →
//! `icbc.com.cn`), found with the Public Suffix List.
//!
//! The list is embedded as data (`public_suffix.txt`, the ICANN rules of at most two labels)
//! and indexed once when the analyzer is built. Measured on the wasm build: the list as data
//! costs about 17 KB gzipped; the `psl` crate, which compiles the list to code, about 230 KB.
//! Rules of three labels (`*.kawasaki.jp`, `k12.ak.us`) are left out: for such hosts the
//! registrable domain comes out one label shorter, which no check here depends on.
//! Free-hosting platforms (`rules/lists/hosting.toml`) act as extra suffixes, as in the
//! list's private section: `scam.github.io` is registered by its user, not by GitHub.

use crate::fasthash::FastSet;

static LIST: &str = include_str!("public_suffix.txt");

/// Public-suffix rules, indexed for lookups by label.
#[derive(Debug, Clone, Default)]
pub struct SuffixList {
    tlds: FastSet<&'static str>,
    /// `(tld, second)` for every two-label rule `second.tld`.
    seconds: FastSet<(&'static str, &'static str)>,
    /// Top-level domains with a `*.tld` rule.
    wildcards: FastSet<&'static str>,
    /// `(tld, second)` for exceptions `!second.tld`.
    exceptions: FastSet<(&'static str, &'static str)>,
    /// Extra suffixes of any length (free-hosting platforms).
    extra: FastSet<&'static str>,
    /// Length of the longest extra suffix: longer tails are not looked up, so a host of many
    /// labels costs time in proportion to its length, not its square.
    extra_max: usize,
}

impl SuffixList {
    /// Indexes the embedded list plus `extra` suffixes (lower-case, no leading dot).
    pub fn new(extra: &[&'static str]) -> Self {
        let mut s = SuffixList::default();
        for line in LIST.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((tld, rest)) = line.split_once(':') else {
                continue;
            };
            s.tlds.insert(tld);
            for second in rest.split(',').filter(|x| !x.is_empty()) {
                if second == "*" {
                    s.wildcards.insert(tld);
                } else if let Some(ex) = second.strip_prefix('!') {
                    s.exceptions.insert((tld, ex));
                } else {
                    s.seconds.insert((tld, second));
                }
            }
        }
        s.extra.extend(extra.iter().copied());
        s.extra_max = extra.iter().map(|x| x.len()).max().unwrap_or(0);
        s
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
        let icann = match labels.next() {
            Some(second) if self.exceptions.contains(&(tld, second)) => tld.len(),
            Some(second)
                if self.seconds.contains(&(tld, second)) || self.wildcards.contains(tld) =>
            {
                tld.len() + 1 + second.len()
            }
            _ if self.tlds.contains(tld) || host.contains('.') => tld.len(),
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
        self.tlds.contains(tld)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
