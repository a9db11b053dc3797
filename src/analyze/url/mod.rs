//! URL analysis: what a link's structure and host say about where it really leads.
//!
//! One file per concern:
//! - [`registrable`]: the registrable domain, with the Public Suffix List embedded as data;
//! - [`skeleton`]: look-alike folding (UTS #39 confusables restricted to ASCII look-alikes)
//!   and mixed scripts;
//! - [`brands`]: official domains (allowlist, checked first), brand keywords inside other
//!   hosts, look-alike labels by skeleton and by edit distance;
//! - [`structure`]: words, random labels, nested URLs, e-mail addresses, phishing-kit paths.
//!
//! Weak structure signals are capped together at [`WEAK_CAP`] points (as Rspamd caps a symbol
//! group): one long, honest URL with many weak marks stays low; a brand impersonation or a
//! combination of several kinds of marks is what raises a link to medium or high.

pub mod brands;
mod confusables;
pub mod registrable;
pub mod skeleton;
pub mod structure;

use super::{Finding, Findings};
use crate::fasthash::{FastMap, FastSet};
use crate::rules::{ids, named_list, RuleIdx, SHORTENERS, SUSPICIOUS_TLDS};
use brands::{BrandIndex, Likeness};
use registrable::SuffixList;
use std::borrow::Cow;
use structure::{Occurrence, WordLists, WordMatcher};

/// Cap on the points of the weak structure signals of one URL together.
pub const WEAK_CAP: i16 = 40;

/// Distinct weak signals that make a combination (Rspamd's composite rules).
pub const COMBINATION_MIN: usize = 2;

/// Schemes that run code or render a page from the link itself.
const SCRIPT_SCHEMES: &[&str] = &["javascript:", "data:", "vbscript:"];

/// Installer files: opening the link downloads an app.
const INSTALLERS: &[&str] = &[
    ".apk", ".apks", ".xapk", ".ipa", ".exe", ".msi", ".scr", ".bat", ".cmd", ".dmg", ".pkg",
    ".hta", ".vbs", ".jar",
];

/// The word lists of [`UrlAnalyzer::host_lists`], by their place in it.
#[derive(Clone, Copy)]
enum HostList {
    /// `crypto_terms`.
    CryptoTerms,
    /// `giveaway_names`.
    GiveawayNames,
    /// `crypto_lures`.
    CryptoLures,
    /// `wallet_words`.
    WalletWords,
    /// `wallet_actions`.
    WalletActions,
}

/// Tables for URL checks, built once per engine.
#[derive(Debug, Clone)]
pub struct UrlAnalyzer {
    suffixes: SuffixList,
    brands: BrandIndex,
    bait: WordMatcher,
    sensitive: Vec<&'static str>,
    /// The crypto and wallet lists, looked for in a host's name: see [`HostList`].
    host_lists: WordLists,
    giveaway_names: Vec<&'static str>,
    shorteners: FastSet<&'static str>,
    tlds: FastMap<&'static str, i16>,
    hosting: FastSet<&'static str>,
    user_content: Vec<&'static str>,
    kit_dirs: Vec<&'static str>,
}

/// The registrable domain of `host` (the part a person can buy): `www.icbc.com.cn` →
/// `icbc.com.cn`. Builds a suffix index on each call: for many hosts, use
/// [`UrlAnalyzer::registrable_domain`].
pub fn registrable_domain(host: &str) -> String {
    SuffixList::new(&named_list("free_hosting"))
        .registrable(host)
        .to_string()
}

/// Weak findings of one URL, capped together before they are recorded.
struct Weak(Vec<Finding>);

impl Weak {
    fn add(&mut self, f: Finding) {
        self.0.push(f);
    }

    fn flush(mut self, out: &mut Findings) {
        let marks = self
            .0
            .iter()
            .filter(|f| f.rule != ids::URL_USER_CONTENT && f.rule != ids::URL_CRYPTO_HOST)
            .count();
        if marks >= COMBINATION_MIN {
            if let Some(first) = self.0.first() {
                let (s, e) = first.spans.first().copied().unwrap_or((0, 0));
                out.add(Finding::at(ids::URL_COMBINATION, s, e).arg("count", marks.to_string()));
            }
        }
        self.0
            .sort_by_key(|f| -f.weight.unwrap_or_else(|| f.rule.def().weight));
        let mut left = WEAK_CAP;
        for f in self.0 {
            let w = f.weight.unwrap_or_else(|| f.rule.def().weight);
            let keep = w.min(left).max(0);
            left -= keep;
            out.add(if keep == w { f } else { f.weighted(keep) });
        }
    }
}

fn clip(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}

/// Which characters of `written` stand for which of `keyword` (`1/i`), when both have as many
/// characters; otherwise the two words.
fn swap_detail(written: &str, keyword: &str) -> String {
    if written.chars().count() == keyword.chars().count() {
        let pairs: Vec<String> = written
            .chars()
            .zip(keyword.chars())
            .filter(|(a, b)| a != b)
            .map(|(a, b)| format!("{a}/{b}"))
            .collect();
        if !pairs.is_empty() {
            return pairs.join(", ");
        }
    }
    format!("{written}/{keyword}")
}

impl UrlAnalyzer {
    /// Builds the lookup tables from the pack's lists.
    pub fn new() -> Self {
        let hosting = named_list("free_hosting");
        let giveaway_names = named_list("giveaway_names");
        UrlAnalyzer {
            suffixes: SuffixList::new(&hosting),
            brands: BrandIndex::new(),
            bait: WordMatcher::new(&named_list("url_bait")),
            sensitive: named_list("url_sensitive"),
            host_lists: WordLists::new(&[
                &named_list("crypto_terms"),
                &giveaway_names,
                &named_list("crypto_lures"),
                &named_list("wallet_words"),
                &named_list("wallet_actions"),
            ]),
            giveaway_names,
            shorteners: SHORTENERS.iter().copied().collect(),
            tlds: SUSPICIOUS_TLDS.iter().copied().collect(),
            hosting: hosting.iter().copied().collect(),
            user_content: named_list("user_content_paths"),
            kit_dirs: named_list("kit_dirs"),
        }
    }

    /// The registrable domain of `host` (lower-case, ASCII/punycode).
    pub fn registrable_domain<'a>(&self, host: &'a str) -> &'a str {
        self.suffixes.registrable(host)
    }

    /// The brand whose official domain `host` is, or is under.
    pub fn official_brand(&self, host: &str) -> Option<&'static crate::rules::BrandDef> {
        self.brands.official(host).map(|(b, _)| b)
    }

    /// The free-hosting platform `host` sits on (`github.io` for `scam.github.io`).
    fn platform(&self, host: &str) -> Option<&'static str> {
        // The platforms are the suffix list's extra suffixes.
        if !self.suffixes.may_end_in_extra(host) {
            return None;
        }
        let mut at = 0;
        while let Some(dot) = host[at..].find('.') {
            let label = &host[at..at + dot];
            at += dot + 1;
            if host.len() - at > 253 {
                continue; // longer than any host name (DNS: 253 bytes); skip the hashing
            }
            if let Some(p) = self.hosting.get(&host[at..]) {
                // The platform's own site (`www.tumblr.com`) is not user content.
                return (label != "www").then_some(*p);
            }
        }
        None
    }

    /// Analyzes one URL (`raw`, found at `span` of the input).
    pub fn analyze(&self, raw: &str, span: (usize, usize), out: &mut Findings) {
        let (s, e) = span;
        let at = |rule: RuleIdx| Finding::at(rule, s, e);
        let lower = raw.trim().to_ascii_lowercase();
        if let Some(scheme) = SCRIPT_SCHEMES.iter().find(|p| lower.starts_with(**p)) {
            out.add(at(ids::URL_SCRIPT_SCHEME).arg("scheme", scheme.trim_end_matches(':')));
            return;
        }
        let scheme_end = structure::find(&lower, "://").filter(|&i| i <= 8);
        let explicit_http = lower.starts_with("http://") || lower.starts_with("hxxp://");
        let (scheme, after) = match scheme_end {
            Some(i) if matches!(&lower[..i], "http" | "https" | "hxxp" | "hxxps" | "ftp") => {
                let secure = lower[..i].ends_with('s');
                let scheme = if secure { "https://" } else { "http://" };
                (scheme, &raw.trim()[i + 3..])
            }
            Some(_) => return, // another scheme: the QR analyzer says what it does
            None => ("http://", raw.trim()),
        };
        let mut with_scheme = String::with_capacity(scheme.len() + after.len());
        with_scheme.push_str(scheme);
        with_scheme.push_str(after);
        let Ok(parsed) = url::Url::parse(&with_scheme) else {
            return;
        };
        let Some(host) = parsed.host_str() else {
            return;
        };
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        if host.is_empty() {
            return;
        }
        out.entity("url", span, raw);
        // The host's own span, when the input wrote it as is (for highlighting).
        let host_span = structure::find(&lower, &host)
            .map(|i| (s + i, s + i + host.len()))
            .unwrap_or((s, e));
        let at_host = |rule: RuleIdx| Finding::at(rule, host_span.0, host_span.1);

        let path = parsed.path();
        // The path, `?query` and `#fragment`.
        let rest = &parsed[url::Position::BeforePath..];
        let rest_decoded = structure::percent_decode_lower(rest);
        let path_lower = path.to_ascii_lowercase();
        let mut weak = Weak(Vec::new());

        let suffix_len = self.suffixes.suffix_len(&host);
        let domain = SuffixList::registrable_given(&host, suffix_len);
        if self.shorteners.contains(host.as_str()) || self.shorteners.contains(domain) {
            out.add(at_host(ids::URL_SHORTENER).arg("host", host.clone()));
        }
        if let Some(target) = structure::nested_url(&rest_decoded) {
            weak.add(at(ids::URL_NESTED_URL).arg("target", clip(&rest_decoded[target..], 80)));
        }

        // Allowlist first: an official host is not judged on its looks.
        if let Some((brand, _)) = self.brands.official(&host) {
            let key = format!("{host}{path_lower}");
            let platform = self.platform(&host);
            let user_content =
                platform.is_some() || self.user_content.iter().any(|p| key.starts_with(p));
            if user_content {
                weak.add(
                    at_host(ids::URL_USER_CONTENT)
                        .arg("host", host.clone())
                        .arg("brand", brand.name.zh),
                );
                self.check_path(
                    &parsed,
                    &path_lower,
                    &rest_decoded,
                    false,
                    &host,
                    at,
                    &mut weak,
                    out,
                );
            } else {
                out.add(
                    at_host(ids::URL_OFFICIAL_DOMAIN)
                        .arg("domain", domain.to_string())
                        .arg("brand", brand.name.zh),
                );
            }
            weak.flush(out);
            return;
        }

        let is_ip = matches!(
            parsed.host(),
            Some(url::Host::Ipv4(_)) | Some(url::Host::Ipv6(_))
        );
        if is_ip {
            out.add(at_host(ids::URL_IP_HOST).arg("host", host.clone()));
        }
        if !parsed.username().is_empty() || parsed.password().is_some() {
            let user = match parsed.password() {
                Some(p) => format!("{}:{p}", parsed.username()),
                None => parsed.username().to_string(),
            };
            out.add(
                at(ids::URL_USERINFO)
                    .arg("host", host.clone())
                    .arg("userinfo", clip(&user, 60)),
            );
        }
        if let Some(port) = parsed.port() {
            if !matches!(port, 80 | 443) {
                weak.add(at(ids::URL_PORT).arg("port", port.to_string()));
            }
        }

        let unicode_host: Cow<str> = if structure::find(&host, "xn--").is_some() {
            Cow::Owned(url::quirks::domain_to_unicode(&host))
        } else {
            Cow::Borrowed(&host)
        };

        let mut brand_hit = false;
        if !is_ip {
            brand_hit = self.check_brands(&host, &unicode_host, domain, suffix_len, at_host, out);
            self.check_host_shape(&host, &unicode_host, domain, suffix_len, at_host, &mut weak);
        }
        if !brand_hit {
            if let Some(fake) = structure::domain_in_subdomains(&host, domain.len()) {
                out.add(
                    at_host(ids::URL_DOMAIN_IN_SUBDOMAIN)
                        .arg("fake", fake)
                        .arg("domain", domain),
                );
            }
        }
        let name_part = &host[..host.len().saturating_sub(suffix_len)];
        let found = self.host_lists.occurrences(name_part);
        let coins = found.of(HostList::CryptoTerms as usize);
        let names = found.of(HostList::GiveawayNames as usize);
        let lures = found.of(HostList::CryptoLures as usize);
        if let Some((coin, lure)) = self.crypto_pair(&coins, &names, &lures) {
            out.add(
                at_host(ids::URL_CRYPTO_LURE)
                    .arg("coin", coin)
                    .arg("lure", lure),
            );
        } else if let Some((wallet, action)) = self.pair(
            &found.of(HostList::WalletWords as usize),
            &found.of(HostList::WalletActions as usize),
        ) {
            out.add(
                at_host(ids::URL_WALLET_LURE)
                    .arg("wallet", wallet)
                    .arg("action", action),
            );
        } else if let Some(name) = WordMatcher::find_among(&names, name_part, 1).first() {
            weak.add(at_host(ids::URL_FAMOUS_NAME).arg("name", *name));
        } else if let Some(word) = WordMatcher::find_among(&coins, name_part, 4)
            .into_iter()
            .find(|w| !self.bait.is_word(w))
        {
            if !brand_hit {
                weak.add(at_host(ids::URL_CRYPTO_HOST).arg("word", word));
            }
        }
        if raw.len() > 120 {
            weak.add(at(ids::URL_LONG).arg("length", raw.chars().count().to_string()));
        }
        let mut words = self.bait.find(&unicode_host, 4);
        let host_words = words.len();
        // Words inside an article's slug (`how-to-delete-your-account`) say little.
        let mut slugless = String::with_capacity(rest_decoded.len());
        for (i, seg) in rest_decoded
            .split('/')
            .filter(|seg| seg.len() <= 25 || seg.matches(['-', '_', '+']).count() < 3)
            .enumerate()
        {
            if i > 0 {
                slugless.push('/');
            }
            slugless.push_str(seg);
        }
        if let Some(hit) = self.brands.keywords_in_path(&slugless) {
            weak.add(
                at(ids::URL_BRAND_IN_PATH)
                    .arg("keyword", hit.keyword)
                    .arg("brand", hit.brand.name.zh)
                    .arg("domain", domain),
            );
        }
        for w in self.bait.find(&slugless, 4) {
            if !words.contains(&w) && words.len() < 4 {
                words.push(w);
            }
        }
        if !words.is_empty() {
            let weight = (4 + 4 * words.len() as i16 + 4 * host_words as i16).min(18);
            weak.add(
                at(ids::URL_BAIT_WORDS)
                    .arg("words", words.join("、"))
                    .weighted(weight),
            );
        }
        self.check_path(
            &parsed,
            &path_lower,
            &rest_decoded,
            explicit_http && words.iter().any(|w| self.sensitive.contains(w)),
            &host,
            at,
            &mut weak,
            out,
        );
        weak.flush(out);
    }

    /// A crypto word, or a famous name that crypto giveaways borrow, paired in the host's name
    /// with a lure word (`5000ethgive`, `elon-promo`, `ethfreeget`). A short word glued inside
    /// a longer token counts only right next to its partner; two names alone are no pair.
    /// `coins`, `names` and `lures` are the occurrences of crypto words, of famous names and of
    /// lure words there.
    fn crypto_pair(
        &self,
        coins: &[Occurrence],
        names: &[Occurrence],
        lures: &[Occurrence],
    ) -> Option<(&'static str, &'static str)> {
        let mut subjects = coins.to_vec();
        subjects.extend_from_slice(names);
        self.pair(&subjects, lures)
    }

    /// The longest pair of a subject word and a lure word (their occurrences in one host's
    /// name) that do not overlap; short words glued inside a token count only next to their
    /// partner.
    fn pair(
        &self,
        subjects: &[Occurrence],
        lures: &[Occurrence],
    ) -> Option<(&'static str, &'static str)> {
        let mut best: Option<(&'static str, &'static str)> = None;
        for &(c, cs, ce, c_ok) in subjects {
            let c_name = self.giveaway_names.contains(&c);
            for &(l, ls, le, l_ok) in lures {
                if ls < ce && cs < le {
                    continue; // overlapping
                }
                if c_name && self.giveaway_names.contains(&l) {
                    continue;
                }
                let adjacent = ce == ls || le == cs;
                if (adjacent || (c_ok && l_ok))
                    && best.is_none_or(|(bc, bl)| bc.len() + bl.len() < c.len() + l.len())
                {
                    best = Some((c, l));
                }
            }
        }
        best
    }

    /// Brand impersonation: keyword in another host, official domain as a subdomain,
    /// look-alike labels, mixed scripts.
    fn check_brands(
        &self,
        host: &str,
        unicode_host: &str,
        domain: &str,
        suffix_len: usize,
        at_host: impl Fn(RuleIdx) -> Finding,
        out: &mut Findings,
    ) -> bool {
        let is_bait = |w: &str| self.bait.is_word(w) || w.bytes().all(|c| c.is_ascii_digit());
        if let Some(hit) = self.brands.keywords_in(host, &is_bait) {
            let official = BrandIndex::first_domain(hit.brand);
            let inside = hit
                .brand
                .domains
                .iter()
                .filter(|d| d.contains('.'))
                .find(|d| {
                    // Each occurrence that `match_indices` would give (no overlaps).
                    let mut from = 0;
                    while let Some(i) = structure::find(&host[from..], d).map(|i| from + i) {
                        if (i == 0 || host.as_bytes()[i - 1] == b'.')
                            && host[i + d.len()..].starts_with('.')
                        {
                            return true;
                        }
                        from = i + d.len();
                    }
                    false
                });
            let name = domain.split('.').next().unwrap_or("");
            let f = match inside {
                Some(d) => at_host(ids::URL_OFFICIAL_IN_SUBDOMAIN).arg("official", d),
                None if name == hit.keyword => {
                    at_host(ids::URL_BRAND_TLD_SWAP).arg("official", official)
                }
                None => at_host(ids::URL_BRAND_ELSEWHERE)
                    .arg("keyword", hit.keyword)
                    .arg("official", official),
            };
            out.add(
                f.arg("brand", hit.brand.name.zh)
                    .arg("domain", domain.to_string())
                    .arg("host", host.to_string()),
            );
            return true;
        }
        // Brand names split by hyphens (`pay-pal-deutschland`).
        if host.contains('-') {
            let joined: String = host.chars().filter(|c| *c != '-').collect();
            if let Some(hit) = self.brands.keywords_in(&joined, &is_bait) {
                let label = host
                    .split('.')
                    .find(|l| l.contains('-') && l.replace('-', "").contains(hit.keyword))
                    .unwrap_or(host);
                out.add(
                    at_host(ids::URL_BRAND_HOMOGLYPH)
                        .arg("detail", "-")
                        .arg("domain", domain.to_string())
                        .arg("brand", hit.brand.name.zh)
                        .arg("official", BrandIndex::first_domain(hit.brand))
                        .arg("label", label.to_string())
                        .arg("keyword", hit.keyword),
                );
                return true;
            }
        }
        // Look-alike labels: every label left of the public suffix, its hyphen-separated
        // pieces, and the label with its hyphens taken out.
        // The Unicode form is the ASCII one exactly when no label was punycode; equal lengths
        // are not enough (`xn--lqaasars` and `ʻ˅ˈʻˁˁ` are both 12 bytes).
        let ascii_only = unicode_host == host;
        let head_len =
            unicode_host
                .len()
                .saturating_sub(if ascii_only { suffix_len + 1 } else { 0 });
        let head = if ascii_only {
            &unicode_host[..head_len.min(unicode_host.len())]
        } else {
            // Unicode host: drop as many trailing labels as the suffix has.
            let n = host[host.len() - suffix_len.min(host.len())..]
                .split('.')
                .count();
            let mut cut = unicode_host.len();
            for _ in 0..n {
                cut = unicode_host[..cut].rfind('.').unwrap_or(0);
            }
            &unicode_host[..cut]
        };
        let mut scratch = String::new();
        let mut joined = String::new();
        for label in head.rsplit('.').take(6) {
            if label.is_empty() {
                continue;
            }
            let mut found = None;
            if label.contains('-') {
                joined.clear();
                joined.extend(label.split('-'));
                found = self
                    .brands
                    .lookalike(&joined, label, &mut scratch)
                    .map(|mut l| {
                        if l.keyword == joined {
                            l.likeness = Likeness::Homoglyph;
                        }
                        l
                    });
            }
            if found.is_none() {
                found = self.brands.lookalike(label, label, &mut scratch);
            }
            if found.is_none() && label.contains('-') {
                found = label
                    .split('-')
                    .filter(|t| t.chars().count() >= 4)
                    .find_map(|t| self.brands.lookalike(t, t, &mut scratch));
            }
            if let Some(l) = found {
                let official = BrandIndex::first_domain(l.brand);
                let shown_domain = if domain.contains("xn--") {
                    format!("{domain}（{}）", url::quirks::domain_to_unicode(domain))
                } else {
                    domain.to_string()
                };
                let f = match l.likeness {
                    Likeness::Homoglyph => at_host(ids::URL_BRAND_HOMOGLYPH)
                        .arg("detail", swap_detail(label, l.keyword)),
                    Likeness::Typo(d) => at_host(ids::URL_BRAND_LOOKALIKE)
                        .arg("distance", d.to_string())
                        .weighted(if d == 1 { 45 } else { 40 }),
                };
                out.add(
                    f.arg("domain", shown_domain)
                        .arg("brand", l.brand.name.zh)
                        .arg("official", official)
                        .arg("label", label.to_string())
                        .arg("keyword", l.keyword),
                );
                return true;
            }
        }
        if unicode_host.split('.').any(skeleton::is_mixed_script) {
            out.add(at_host(ids::URL_MIXED_SCRIPT).arg("host", unicode_host.to_string()));
            return true;
        }
        false
    }

    /// Host shape: suspicious ending, platform, subdomains, hyphens, random labels, IDN.
    fn check_host_shape(
        &self,
        host: &str,
        unicode_host: &str,
        domain: &str,
        suffix_len: usize,
        at_host: impl Fn(RuleIdx) -> Finding,
        weak: &mut Weak,
    ) {
        let tld = host.rsplit('.').next().unwrap_or("");
        if let Some(w) = self.tlds.get(tld) {
            weak.add(
                at_host(ids::URL_SUSPICIOUS_TLD)
                    .arg("tld", tld)
                    .weighted(*w),
            );
        }
        if let Some(p) = self.platform(host) {
            weak.add(at_host(ids::URL_FREE_HOSTING).arg("platform", p));
        }
        if structure::find(host, "xn--").is_some() {
            weak.add(
                at_host(ids::URL_PUNYCODE)
                    .arg("host", host.to_string())
                    .arg("unicode", unicode_host.to_string()),
            );
        }
        let sub = host.len().saturating_sub(domain.len() + 1);
        let subdomains = if sub == 0 {
            0
        } else {
            host[..sub].split('.').filter(|l| *l != "www").count()
        };
        if subdomains >= 3 {
            let w = if subdomains >= 5 { 20 } else { 15 };
            weak.add(
                at_host(ids::URL_MANY_SUBDOMAINS)
                    .arg("count", subdomains.to_string())
                    .arg("host", host.to_string())
                    .arg("domain", domain.to_string())
                    .weighted(w),
            );
        }
        let head = &host[..host.len().saturating_sub(suffix_len)];
        let hyphens = head.matches('-').count();
        let name = domain.split('.').next().unwrap_or("");
        if hyphens >= 3 || name.matches('-').count() >= 2 {
            weak.add(
                at_host(ids::URL_MANY_HYPHENS)
                    .arg("count", hyphens.to_string())
                    .arg("host", host.to_string()),
            );
        }
        if let Some(label) = head
            .split(['.', '-'])
            .find(|l| structure::is_random_label(l))
        {
            weak.add(at_host(ids::URL_RANDOM_LABEL).arg("label", label.to_string()));
        }
    }

    /// Path and query: installers, e-mail addresses, phishing-kit paths, plain http on a
    /// sensitive page.
    #[allow(clippy::too_many_arguments)]
    fn check_path(
        &self,
        parsed: &url::Url,
        path_lower: &str,
        rest_decoded: &str,
        http_sensitive: bool,
        _host: &str,
        at: impl Fn(RuleIdx) -> Finding,
        weak: &mut Weak,
        out: &mut Findings,
    ) {
        if INSTALLERS.iter().any(|x| path_lower.ends_with(x)) {
            let file = parsed
                .path_segments()
                .and_then(|mut s| s.next_back())
                .unwrap_or("");
            out.add(at(ids::URL_APP_DOWNLOAD).arg("file", clip(file, 60)));
        }
        let email = structure::email_in(rest_decoded);
        if let Some(email) = email {
            weak.add(at(ids::URL_EMAIL_IN_URL).arg("email", clip(email, 60)));
        }
        if structure::is_kit_path(path_lower, &self.kit_dirs) {
            weak.add(at(ids::URL_KIT_PATH).arg("path", clip(path_lower, 60)));
        } else if let Some(token) = structure::token_segment(path_lower) {
            weak.add(at(ids::URL_TOKEN_PATH).arg("token", clip(token, 40)));
        }
        if let Some(folder) = structure::host_folder(path_lower) {
            weak.add(at(ids::URL_HOST_IN_PATH).arg("folder", clip(folder, 60)));
        }
        if email.is_none()
            && structure::empty_email_field(&parsed.query().unwrap_or("").to_ascii_lowercase())
        {
            weak.add(at(ids::URL_EMAIL_FIELD));
        }
        if path_lower.ends_with(".php") {
            weak.add(at(ids::URL_SCRIPT_PAGE));
        }
        if http_sensitive {
            weak.add(at(ids::URL_HTTP_SENSITIVE));
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

    fn fired(a: &UrlAnalyzer, url: &str) -> Vec<&'static str> {
        let mut f = Findings::default();
        a.analyze(url, (0, url.len()), &mut f);
        f.list.iter().map(|f| f.rule.def().id).collect()
    }

    #[test]
    fn signals_fire_and_stay_quiet() {
        let a = UrlAnalyzer::new();
        // (url, must fire, must not fire)
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "https://www.icbc.com.cn/",
                &["url.official_domain"],
                &["url.brand_elsewhere"],
            ),
            (
                "https://mp.weixin.qq.com/s/abc",
                &["url.official_domain"],
                &["url.brand_elsewhere"],
            ),
            (
                "http://www.icbc.com.cn.verify.xyz/login",
                &["url.official_in_subdomain", "url.suspicious_tld"],
                &[],
            ),
            (
                "http://1cbc.com.cn/login",
                &["url.brand_homoglyph"],
                &["url.official_domain"],
            ),
            ("icbc-vip.top", &["url.brand_elsewhere"], &[]),
            ("https://95588-kefu.com", &["url.brand_elsewhere"], &[]),
            ("https://pay-pal.com/", &["url.brand_homoglyph"], &[]),
            ("https://paypl.com/", &["url.brand_lookalike"], &[]),
            (
                "https://xn--80ak6aa92e.com/",
                &["url.punycode", "url.brand_homoglyph"],
                &[],
            ),
            ("http://192.168.1.1/a", &["url.ip_host"], &[]),
            (
                "http://www.icbc.com.cn@evil.example/",
                &["url.userinfo"],
                &["url.official_domain"],
            ),
            ("http://example.com:8081/", &["url.port"], &[]),
            ("javascript:alert(1)", &["url.script_scheme"], &[]),
            ("https://bit.ly/abc", &["url.shortener"], &[]),
            ("https://t.co/abc", &["url.shortener"], &[]),
            (
                "https://www.google.com/url?q=https://evil.example/",
                &["url.nested_url", "url.official_domain"],
                &[],
            ),
            (
                "https://docs.google.com/forms/d/e/x/viewform",
                &["url.user_content"],
                &["url.official_domain"],
            ),
            ("https://scam.github.io/", &["url.free_hosting"], &[]),
            (
                "https://example.com/app/update.apk",
                &["url.app_download"],
                &[],
            ),
            ("http://a.b.c.d.example.com/", &["url.many_subdomains"], &[]),
            (
                "http://secure-account-verify-now.com/",
                &["url.many_hyphens", "url.bait_words"],
                &[],
            ),
            (
                "http://shop.example.com/wp-content/plugins/x/login.php",
                &["url.kit_path"],
                &[],
            ),
            (
                "http://example.com/x?email=a@b.com",
                &["url.email_in_url"],
                &[],
            ),
            (
                "http://example.com/paypal/signin",
                &["url.brand_in_path", "url.bait_words", "url.http_sensitive"],
                &[],
            ),
            ("https://xkqzvbwtr.com/", &["url.random_label"], &[]),
            ("https://wallet-rectify.com/", &["url.wallet_lure"], &[]),
            ("https://ethfreeget.com/", &["url.crypto_lure"], &[]),
            ("https://giveth.io/", &[], &["url.crypto_lure"]),
            (
                "https://elon.edu/",
                &["url.famous_name"],
                &["url.crypto_lure"],
            ),
            ("https://bnb-launch.com/", &["url.crypto_host"], &[]),
            (
                "https://secure.shop-login.com.example-host.net/",
                &["url.domain_in_subdomain"],
                &[],
            ),
            (
                "https://www.amazon.com.au/",
                &[],
                &["url.domain_in_subdomain"],
            ),
            (
                "https://mycrypto.guru/",
                &["url.brand_tld_swap"],
                &["url.crypto_host"],
            ),
            (
                "http://a.example/x/0f3a9c2be17d48a6b5e9c0d1f2a3b4c5",
                &["url.token_path"],
                &["url.kit_path"],
            ),
            (
                "http://a.example/www.bank.com/login/",
                &["url.host_in_path"],
                &[],
            ),
            (
                "http://a.example/owa/index.php?email=",
                &["url.email_field", "url.script_page"],
                &["url.email_in_url"],
            ),
            (
                "https://github.com/rust-lang/rust",
                &[],
                &["url.brand_elsewhere", "url.brand_lookalike"],
            ),
            ("https://www.gov.cn/", &["url.official_domain"], &[]),
            ("https://kyfw.12306.cn/otn/", &["url.official_domain"], &[]),
            (
                "https://en.wikipedia.org/wiki/Ping",
                &[],
                &["url.random_label", "url.bait_words"],
            ),
            ("https://apply.example.com/", &[], &["url.brand_lookalike"]),
            ("http://", &[], &["url.official_domain"]),
            ("https://[::1]:99999/", &[], &[]),
        ];
        for (url, want, not) in cases {
            let got = fired(&a, url);
            for w in *want {
                assert!(got.contains(w), "{url}: {w} did not fire; fired {got:?}");
            }
            for n in *not {
                assert!(!got.contains(n), "{url}: {n} fired; fired {got:?}");
            }
        }
    }

    #[test]
    fn weak_signals_are_capped() {
        let a = UrlAnalyzer::new();
        let url = "http://a1b2c3d4e5.x.y.z.secure-login-verify-account.top:8080/wp-content/x/login.php?email=a@b.com&next=http://x.y/";
        let mut f = Findings::default();
        a.analyze(url, (0, url.len()), &mut f);
        let total: i32 = f
            .list
            .iter()
            .filter(|f| f.rule != ids::URL_COMBINATION)
            .map(|f| f.weight.unwrap_or(f.rule.def().weight) as i32)
            .sum();
        assert!(total <= WEAK_CAP as i32, "weak total {total}");
    }

    #[test]
    fn registrable_domain_uses_the_list() {
        assert_eq!(registrable_domain("www.icbc.com.cn"), "icbc.com.cn");
        assert_eq!(registrable_domain("a.b.co.uk"), "b.co.uk");
    }
}
