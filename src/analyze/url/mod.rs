//! URL analysis: what a link's structure and host say about where it really leads.

use super::{Finding, Findings};
use crate::rules::{ids, BrandDef, BRANDS, SHORTENERS, SUSPICIOUS_TLDS};
use std::collections::HashMap;

/// Tables for URL checks, built once per engine.
#[derive(Debug, Clone)]
pub struct UrlAnalyzer {
    shorteners: HashMap<&'static str, ()>,
    tlds: HashMap<&'static str, i16>,
    official: HashMap<&'static str, &'static BrandDef>,
}

/// The registrable domain of `host` (the part a person can buy): `www.icbc.com.cn` →
/// `icbc.com.cn`.
pub fn registrable_domain(host: &str) -> &str {
    let labels: Vec<&str> = host.rsplit('.').collect();
    if labels.len() < 2 {
        return host;
    }
    let second_level = matches!(labels[1], "com" | "net" | "org" | "gov" | "edu" | "co" | "ac" | "or" | "ne" | "go");
    let keep = if labels[0].len() == 2 && second_level && labels.len() >= 3 { 3 } else { 2 };
    let cut: usize = labels[..keep].iter().map(|l| l.len() + 1).sum::<usize>() - 1;
    &host[host.len() - cut..]
}

impl UrlAnalyzer {
    /// Builds the lookup tables from the pack's lists.
    pub fn new() -> Self {
        let mut official = HashMap::new();
        for b in BRANDS {
            for d in b.domains {
                official.insert(*d, b);
            }
        }
        UrlAnalyzer {
            shorteners: SHORTENERS.iter().map(|s| (*s, ())).collect(),
            tlds: SUSPICIOUS_TLDS.iter().copied().collect(),
            official,
        }
    }

    /// The brand whose official registrable domain `domain` is.
    pub fn official_brand(&self, domain: &str) -> Option<&'static BrandDef> {
        self.official.get(domain).copied()
    }

    /// Analyzes one URL (`raw`, found at `span` of the input).
    pub fn analyze(&self, raw: &str, span: (usize, usize), out: &mut Findings) {
        let (s, e) = span;
        let lower = raw.to_ascii_lowercase();
        if lower.starts_with("javascript:") || lower.starts_with("data:") {
            out.add(Finding::at(ids::URL_SCRIPT_SCHEME, s, e));
            return;
        }
        let with_scheme = if lower.contains("://") { raw.to_string() } else { format!("http://{raw}") };
        let Ok(parsed) = url::Url::parse(&with_scheme) else {
            return;
        };
        let Some(host) = parsed.host_str() else { return };
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        out.entity("url", span, raw);

        if matches!(parsed.host(), Some(url::Host::Ipv4(_)) | Some(url::Host::Ipv6(_))) {
            out.add(Finding::at(ids::URL_IP_HOST, s, e).arg("host", host.clone()));
        }
        if !parsed.username().is_empty() {
            out.add(Finding::at(ids::URL_USERINFO, s, e).arg("host", host.clone()));
        }
        let domain = registrable_domain(&host).to_string();
        if let Some(brand) = self.official_brand(&domain) {
            out.add(Finding::at(ids::URL_OFFICIAL_DOMAIN, s, e).arg("domain", domain.clone()).arg("brand", brand.name.zh));
        } else {
            for b in BRANDS {
                if let Some(k) = b.keywords.iter().find(|k| k.len() >= 3 && host.contains(**k)) {
                    out.add(
                        Finding::at(ids::URL_BRAND_ELSEWHERE, s, e)
                            .arg("domain", domain.clone())
                            .arg("keyword", *k)
                            .arg("official", b.domains[0]),
                    );
                    break;
                }
            }
        }
        if self.shorteners.contains_key(host.as_str()) || self.shorteners.contains_key(domain.as_str()) {
            out.add(Finding::at(ids::URL_SHORTENER, s, e).arg("host", host.clone()));
        }
        let tld = host.rsplit('.').next().unwrap_or("");
        if let Some(w) = self.tlds.get(tld) {
            out.add(Finding::at(ids::URL_SUSPICIOUS_TLD, s, e).arg("tld", tld).weighted(*w));
        }
        if host.split('.').any(|l| l.starts_with("xn--")) {
            out.add(Finding::at(ids::URL_PUNYCODE, s, e).arg("host", host.clone()));
        }
        let path = parsed.path().to_ascii_lowercase();
        if [".apk", ".exe", ".ipa", ".apks", ".xapk", ".msi", ".scr", ".bat"].iter().any(|x| path.ends_with(x)) {
            out.add(Finding::at(ids::URL_APP_DOWNLOAD, s, e));
        }
    }
}

impl Default for UrlAnalyzer {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrable_domains() {
        let cases = [
            ("www.icbc.com.cn", "icbc.com.cn"),
            ("icbc.com.cn.verify.xyz", "verify.xyz"),
            ("mp.weixin.qq.com", "qq.com"),
            ("localhost", "localhost"),
            ("a.b.co.uk", "b.co.uk"),
        ];
        for (host, want) in cases {
            assert_eq!(registrable_domain(host), want, "{host}");
        }
    }
}
