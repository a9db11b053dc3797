//! Brand lookup: official domains (the allowlist), brand keywords inside other hosts, and
//! look-alike labels (same skeleton, or a few edits away from a brand keyword).
//!
//! Keywords are found with one Aho-Corasick automaton over the host. Look-alikes are found
//! without comparing a label against every brand: each keyword's skeleton and its one- and
//! two-deletion neighbours are hashed once ([`BrandIndex::new`]); a label's own deletion
//! neighbours are hashed on the fly (no allocation) and only the keywords that share a hash
//! are checked with an edit distance.

use super::skeleton::skeleton_into;
use crate::fasthash::FastMap;
use crate::phrases::PhraseSet;
use crate::rules::{BrandDef, BRANDS};
use aho_corasick::MatchKind;

/// Longest skeleton compared by edit distance.
const MAX_LEN: usize = 40;

/// One keyword of one brand.
#[derive(Debug, Clone)]
struct Keyword {
    brand: u16,
    text: &'static str,
    /// Must stand as its own token of the host (`=` in the pack, short words, hotlines).
    token_only: bool,
    /// Look-alike skeleton; empty when the keyword is not compared by look-alike.
    skel: String,
    /// Edits allowed for a look-alike: grows with the keyword's length.
    max_dist: u8,
}

impl Keyword {
    /// The strings whose deletion neighbours are indexed: the skeleton and, when it differs,
    /// the letters as written (folding `cl` to `d` or `i` to `l` must not hide a plain
    /// omission: `loclbitcoins`). None for a keyword without a skeleton (not compared by
    /// look-alike); strings longer than [`MAX_LEN`] are left out, as no label is compared with
    /// them.
    fn compared_forms(&self) -> impl Iterator<Item = &[u8]> {
        let skel = (!self.skel.is_empty()).then_some(self.skel.as_str());
        let written = (skel.is_some() && self.skel != self.text).then_some(self.text);
        [skel, written]
            .into_iter()
            .flatten()
            .filter(|f| f.len() <= MAX_LEN)
            .map(str::as_bytes)
    }
}

/// A brand keyword found in a host or path.
#[derive(Debug, Clone, Copy)]
pub struct KeywordHit {
    /// The brand.
    pub brand: &'static BrandDef,
    /// The keyword as written in the pack.
    pub keyword: &'static str,
    /// Byte range in the searched text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
}

/// How a label imitates a brand keyword.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Likeness {
    /// Same skeleton: look-alike characters (`1cbc`, Cyrillic `аррӏе`, `rnyetherwallet`) or
    /// hyphens inserted (`pay-pal`).
    Homoglyph,
    /// A few edits away (omission, insertion, transposition, replacement).
    Typo(u8),
}

/// A label that imitates a brand keyword.
#[derive(Debug, Clone, Copy)]
pub struct Lookalike {
    /// The brand.
    pub brand: &'static BrandDef,
    /// The keyword imitated.
    pub keyword: &'static str,
    /// How.
    pub likeness: Likeness,
}

/// Brand tables, built once.
#[derive(Debug, Clone)]
pub struct BrandIndex {
    official: FastMap<&'static str, u16>,
    ac: PhraseSet,
    keywords: Vec<Keyword>,
    exact: FastMap<String, u16>,
    neighbours: Neighbours,
    generic: Vec<&'static str>,
}

/// Base of the polynomial hash of deletion neighbours (the FNV prime: odd, so its powers never
/// vanish modulo 2^64).
const BASE: u64 = 0x100000001b3;
/// The hash of the empty string: it makes strings of different lengths hash apart.
const SEED: u64 = 0xcbf29ce484222325;

/// Calls `f` with the hash of `s` (at most [`MAX_LEN`] bytes) and of every string made by
/// deleting up to `k` (≤ 2) bytes: first `s`, then each deletion at `i` followed by the
/// deletions at `i` and each `j > i`. Equal strings hash alike whatever the deletions that
/// made them.
///
/// The hash of `t` is the polynomial `SEED·B^m + Σ t[x]·B^(m-1-x)` (m = `t`'s length, modulo
/// 2^64), so with the prefix hashes `P` of `s` (n bytes) and `D[i] = P[i] - P[i+1]`, the hash
/// without byte `i` is `P[n] + D[i]·B^(n-1-i)` and without bytes `i < j` it is
/// `P[n] + D[i]·B^(n-2-i) + D[j]·B^(n-1-j)`: one addition per neighbour instead of a pass
/// over the string.
fn for_each_neighbour(s: &[u8], k: u8, mut f: impl FnMut(u64)) {
    let n = s.len();
    debug_assert!(n <= MAX_LEN);
    // `drop1[i]`: what deleting byte `i` adds to the hash of `s`; `drop2[i]`: the same, when
    // a later byte is deleted too. First `D[i]`, then times the powers of `B`, from the end
    // (a table of the powers would cost the wasm module more than it saves).
    let mut drop1 = [0u64; MAX_LEN];
    let mut drop2 = [0u64; MAX_LEN];
    let mut full = SEED;
    for (i, &b) in s.iter().enumerate() {
        let next = full.wrapping_mul(BASE).wrapping_add(u64::from(b));
        drop1[i] = full.wrapping_sub(next);
        full = next;
    }
    // `pow` is B^(n-1-i) and `pow_after` B^(n-2-i) (unused for the last byte).
    let (mut pow, mut pow_after) = (1u64, 0u64);
    for i in (0..n).rev() {
        drop2[i] = drop1[i].wrapping_mul(pow_after);
        drop1[i] = drop1[i].wrapping_mul(pow);
        pow_after = pow;
        pow = pow.wrapping_mul(BASE);
    }
    f(full);
    if k >= 1 {
        for i in 0..n {
            f(full.wrapping_add(drop1[i]));
            if k >= 2 {
                let base = full.wrapping_add(drop2[i]);
                for &dj in &drop1[i + 1..n] {
                    f(base.wrapping_add(dj));
                }
            }
        }
    }
}

/// The keywords that have each deletion-neighbour hash, in keyword order: one chain per hash
/// in a flat list, so that building it allocates a few buffers rather than one per hash.
#[derive(Debug, Clone, Default)]
struct Neighbours {
    /// Hash → (first, last) link of its chain.
    chains: FastMap<u64, (u32, u32)>,
    /// (keyword, next link of the same chain or `u32::MAX`).
    links: Vec<(u16, u32)>,
}

impl Neighbours {
    /// Adds keyword `ki` to the chain of hash `h`, unless it is there already. Keywords must
    /// come in increasing order, so a repeat can only be the chain's last link.
    fn add(&mut self, h: u64, ki: u16) {
        let at = self.links.len() as u32;
        match self.chains.entry(h) {
            std::collections::hash_map::Entry::Occupied(mut e) => {
                let (_, last) = e.get_mut();
                if self.links[*last as usize].0 == ki {
                    return;
                }
                self.links[*last as usize].1 = at;
                *last = at;
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert((at, at));
            }
        }
        self.links.push((ki, u32::MAX));
    }

    /// The keywords with hash `h`, in the order they were added.
    fn get(&self, h: u64) -> impl Iterator<Item = u16> + '_ {
        let mut next = self.chains.get(&h).map_or(u32::MAX, |&(first, _)| first);
        std::iter::from_fn(move || {
            let (ki, after) = *self.links.get(next as usize)?;
            next = after;
            Some(ki)
        })
    }
}

/// How many hashes [`for_each_neighbour`] gives for a string of `n` bytes and `k` deletions.
fn neighbour_count(n: usize, k: u8) -> usize {
    match k {
        0 => 1,
        1 => 1 + n,
        _ => 1 + n + n * n.saturating_sub(1) / 2,
    }
}

/// Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions),
/// for strings of at most `MAX_LEN` bytes.
pub fn osa_distance(a: &[u8], b: &[u8]) -> usize {
    if a.len() > MAX_LEN || b.len() > MAX_LEN {
        return usize::MAX;
    }
    let mut prev2 = [0usize; MAX_LEN + 1];
    let mut prev = [0usize; MAX_LEN + 1];
    let mut cur = [0usize; MAX_LEN + 1];
    for (j, p) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *p = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
        }
        prev2 = prev;
        prev = cur;
    }
    prev[b.len()]
}

/// True when `a` and `b` (same length) differ by exactly one letter replaced.
fn is_single_replacement(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).filter(|(x, y)| x != y).count() == 1
}

/// True when the byte at `pos` of `s` starts or ends a token: the text's edge, a separator
/// (`.`, `-`, `_`, `/`, …) or a switch between letters and digits.
pub fn is_boundary(s: &[u8], pos: usize) -> bool {
    if pos == 0 || pos >= s.len() {
        return true;
    }
    let (a, b) = (s[pos - 1], s[pos]);
    !a.is_ascii_alphanumeric()
        || !b.is_ascii_alphanumeric()
        || a.is_ascii_digit() != b.is_ascii_digit()
}

fn token_end(s: &[u8], mut pos: usize) -> usize {
    while pos < s.len() && !is_boundary(s, pos) {
        pos += 1;
    }
    pos
}

fn token_start(s: &[u8], mut pos: usize) -> usize {
    while pos > 0 && !is_boundary(s, pos) {
        pos -= 1;
    }
    pos
}

/// The typo distance from `label` to the keyword `key` (both skeletons, or both as written),
/// when it is small enough to call the label a typo-squat of the keyword.
fn typo_distance(label: &[u8], key: &[u8], max_dist: u8) -> Option<usize> {
    if label.len().abs_diff(key.len()) > max_dist as usize {
        return None;
    }
    let d = osa_distance(label, key);
    if d == 0 || d > max_dist as usize {
        return None;
    }
    // A piece of the brand's name is a word of its own, not a typo
    // (`express` in `jtexpress`, `telegra` in `telegram`).
    if key.windows(label.len()).any(|w| w == label) {
        return None;
    }
    // Short brands: a letter replaced or added makes ordinary words (apple → apply,
    // wechat → webchat); omissions and swaps are the typo-squats left.
    if key.len() <= 6 && (is_single_replacement(label, key) || label.len() > key.len()) {
        return None;
    }
    Some(d)
}

impl BrandIndex {
    /// Builds the tables from the pack's brands.
    pub fn new() -> Self {
        let mut official = FastMap::default();
        let mut keywords = Vec::new();
        let mut patterns: Vec<&'static str> = Vec::new();
        let mut scratch = String::new();
        for (bi, b) in BRANDS.iter().enumerate() {
            for d in b.domains {
                official.insert(d, bi as u16);
            }
            let hotlines = b
                .hotlines
                .iter()
                .filter(|h| h.len() >= 5 && h.bytes().all(|c| c.is_ascii_digit()));
            for (kw, from_hotline) in b
                .keywords
                .iter()
                .map(|k| (k, false))
                .chain(hotlines.map(|h| (h, true)))
            {
                let (text, marked) = match kw.strip_prefix('=') {
                    Some(t) => (t, true),
                    None => (kw, false),
                };
                if text.is_empty() || patterns.contains(&text) {
                    continue;
                }
                let digits = text.bytes().all(|c| c.is_ascii_digit());
                let token_only = marked || from_hotline || digits || text.len() < 4;
                let mut skel = String::new();
                let mut max_dist = 0;
                if !digits && text.len() >= 4 {
                    skeleton_into(text, &mut scratch);
                    skel = scratch.clone();
                    max_dist = match skel.len() {
                        0..=4 => 0,
                        5..=9 => 1,
                        _ => 2,
                    };
                }
                patterns.push(text);
                keywords.push(Keyword {
                    brand: bi as u16,
                    text,
                    token_only,
                    skel,
                    max_dist,
                });
            }
        }
        let ac = PhraseSet::new(&patterns, MatchKind::Standard);
        let count: usize = keywords
            .iter()
            .flat_map(|k| {
                k.compared_forms()
                    .map(|f| neighbour_count(f.len(), k.max_dist))
            })
            .sum();
        let mut neighbours = Neighbours {
            chains: FastMap::with_capacity_and_hasher(count, Default::default()),
            links: Vec::with_capacity(count),
        };
        let mut exact = FastMap::default();
        for (ki, k) in keywords.iter().enumerate() {
            if k.skel.is_empty() {
                continue;
            }
            exact.entry(k.skel.clone()).or_insert(ki as u16);
            for f in k.compared_forms() {
                for_each_neighbour(f, k.max_dist, |h| neighbours.add(h, ki as u16));
            }
        }
        BrandIndex {
            official,
            ac,
            keywords,
            exact,
            neighbours,
            generic: crate::rules::named_list("generic_name_words"),
        }
    }

    /// The brand that owns `host`: `host` is one of its domains or under one (`www.gov.cn`
    /// under `gov.cn`). Returns the brand and the official domain matched.
    pub fn official(&self, host: &str) -> Option<(&'static BrandDef, &'static str)> {
        // Official domains are short: skip the long tails of a host of many labels (hashing
        // each would cost the square of its length).
        let mut at = 0;
        loop {
            let tail = &host[at..];
            if tail.len() > 253 {
                at += tail.find('.')? + 1;
                continue;
            }
            if let Some((d, bi)) = self.official.get_key_value(tail) {
                return Some((&BRANDS[*bi as usize], d));
            }
            at += tail.find('.')? + 1;
        }
    }

    /// Brand keywords inside `host` (lower-case ASCII), first the longest. A short or
    /// token-only keyword must stand as a token (`icbc-vip`, `95588.kefu`), or stand next to a
    /// bait word (`icbcvip`): `is_bait` tells.
    pub fn keywords_in(&self, host: &str, is_bait: &dyn Fn(&str) -> bool) -> Option<KeywordHit> {
        let s = host.as_bytes();
        let mut best: Option<KeywordHit> = None;
        for m in self.ac.find_overlapping_iter(host) {
            let k = &self.keywords[m.pattern().as_usize()];
            let (a, b) = (m.start(), m.end());
            let left = is_boundary(s, a);
            let right = is_boundary(s, b);
            let ok = (left && right)
                || (!k.token_only && k.text.len() >= 6)
                || (!k.token_only
                    && ((left && is_bait(&host[b..token_end(s, b)]))
                        || (right && is_bait(&host[token_start(s, a)..a]))));
            if ok && best.is_none_or(|h| h.keyword.len() < k.text.len()) {
                best = Some(KeywordHit {
                    brand: &BRANDS[k.brand as usize],
                    keyword: k.text,
                    start: a,
                    end: b,
                });
            }
        }
        best
    }

    /// Brand keywords of four letters or more standing as whole tokens of `path`.
    pub fn keywords_in_path(&self, path: &str) -> Option<KeywordHit> {
        let s = path.as_bytes();
        self.ac
            .find_overlapping_iter(path)
            .filter(|m| {
                let k = &self.keywords[m.pattern().as_usize()];
                k.text.len() >= 4
                    && ((is_boundary(s, m.start()) && is_boundary(s, m.end()))
                        || (!k.token_only && k.text.len() >= 6))
            })
            .map(|m| {
                let k = &self.keywords[m.pattern().as_usize()];
                KeywordHit {
                    brand: &BRANDS[k.brand as usize],
                    keyword: k.text,
                    start: m.start(),
                    end: m.end(),
                }
            })
            .max_by_key(|h| h.keyword.len())
    }

    /// Whether `label` (a host label or a piece of one, possibly Unicode) imitates a brand
    /// keyword. `written` is how the host wrote it (`pay-pal` for the label `paypal`): a label
    /// written exactly as a keyword is not a look-alike (that is a keyword hit).
    pub fn lookalike(&self, label: &str, written: &str, scratch: &mut String) -> Option<Lookalike> {
        if !skeleton_into(label, scratch) || scratch.len() < 4 || scratch.len() > MAX_LEN {
            return None;
        }
        let skel = scratch.as_bytes();
        let hit = |ki: usize, likeness| {
            let k = &self.keywords[ki];
            Some(Lookalike {
                brand: &BRANDS[k.brand as usize],
                keyword: k.text,
                likeness,
            })
        };
        if let Some(&ki) = self.exact.get(scratch.as_str()) {
            let k = &self.keywords[ki as usize];
            return if k.text == written {
                None
            } else {
                hit(ki as usize, Likeness::Homoglyph)
            };
        }
        // The label as written (lower-case ASCII), compared with the keyword as written.
        let plain: Option<String> = (label.is_ascii() && label.len() <= MAX_LEN)
            .then(|| label.to_ascii_lowercase())
            .filter(|p| p.as_bytes() != skel);
        let mut best: Option<(usize, usize)> = None;
        let mut consider = |query: &[u8], as_written: bool| {
            let k_query: u8 = if query.len() >= 7 { 2 } else { 1 };
            for_each_neighbour(query, k_query, |h| {
                for ki in self.neighbours.get(h) {
                    let k = &self.keywords[ki as usize];
                    if best.is_some_and(|(b, _)| b == ki as usize) || k.text == written {
                        continue;
                    }
                    let ks = if as_written {
                        k.text.as_bytes()
                    } else {
                        k.skel.as_bytes()
                    };
                    if self.other_prefix(query, k.text.as_bytes()) {
                        continue;
                    }
                    if let Some(d) = typo_distance(query, ks, k.max_dist) {
                        if best.is_none_or(|(_, bd)| d < bd) {
                            best = Some((ki as usize, d));
                        }
                    }
                }
            });
        };
        consider(skel, false);
        if let Some(p) = &plain {
            consider(p.as_bytes(), true);
        }
        let (ki, d) = best?;
        hit(ki, Likeness::Typo(d as u8))
    }

    /// True when `label` and the keyword `key` differ only in a prefix of one or two letters
    /// before the same common word (`mr`+`crypto` against `my`+`crypto`): the brand's own part
    /// is that short prefix, so changing it names something else, not a typo of the brand.
    fn other_prefix(&self, label: &[u8], key: &[u8]) -> bool {
        if label.len() != key.len() || key.len() < 5 {
            return false;
        }
        (1..=2).any(|n| {
            label[n..] == key[n..]
                && label[..n] != key[..n]
                && std::str::from_utf8(&key[n..]).is_ok_and(|rest| self.generic.contains(&rest))
        })
    }

    /// The first official domain of `brand`, for explanations.
    pub fn first_domain(brand: &BrandDef) -> &'static str {
        brand.domains.first().unwrap_or("")
    }
}

impl Default for BrandIndex {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        let cases = [
            ("paypal", "paypal", 0),
            ("paypal", "papyal", 1),
            ("paypal", "paypl", 1),
            ("paypal", "paypall", 1),
            ("myetherwallet", "myethervallel", 2),
            ("", "abc", 3),
        ];
        for (a, b, d) in cases {
            assert_eq!(osa_distance(a.as_bytes(), b.as_bytes()), d, "{a} {b}");
        }
    }

    #[test]
    fn neighbour_hashes_are_hashes_of_the_deleted_strings() {
        let hash = |s: &[u8]| {
            let mut h = None;
            for_each_neighbour(s, 0, |x| h = Some(x));
            h.unwrap()
        };
        for s in ["", "a", "ab", "paypal", "myetherwallet", "аррӏе"] {
            let s = s.as_bytes();
            let mut want = vec![hash(s)];
            for i in 0..s.len() {
                let mut one = s.to_vec();
                one.remove(i);
                want.push(hash(&one));
                for j in i + 1..s.len() {
                    let mut two = one.clone();
                    two.remove(j - 1);
                    want.push(hash(&two));
                }
            }
            let mut got = Vec::new();
            for_each_neighbour(s, 2, |h| got.push(h));
            assert_eq!(got, want, "{s:?}");
            assert_eq!(got.len(), neighbour_count(s.len(), 2));
        }
    }

    #[test]
    fn official_domains() {
        let idx = BrandIndex::new();
        let cases = [
            ("www.icbc.com.cn", Some("icbc")),
            ("icbc.com.cn", Some("icbc")),
            ("www.gov.cn", Some("gov")),
            ("www.chinatax.gov.cn", Some("tax")),
            ("mp.weixin.qq.com", Some("wechat")),
            ("icbc.com.cn.verify.xyz", None),
            ("1cbc.com.cn", None),
            ("", None),
        ];
        for (host, want) in cases {
            assert_eq!(idx.official(host).map(|(b, _)| b.id), want, "{host}");
        }
    }

    #[test]
    fn keywords_in_hosts() {
        let idx = BrandIndex::new();
        let bait = |w: &str| matches!(w, "vip" | "kefu" | "login");
        let cases = [
            ("icbc-vip.top", Some("icbc")),
            ("icbcvip.top", Some("icbc")),
            ("95588-kefu.com", Some("95588")),
            ("95588kefu.com", Some("95588")),
            ("paypal-secure-login.xyz", Some("paypal")),
            ("securepaypalhelp.com", Some("paypal")),
            ("groups.example.com", None), // "ups" inside a word
            ("icbcx.example.com", None),  // short keyword glued to a non-bait word
            ("1095588.com", None),        // hotline digits inside a longer number
            ("jd-kefu.top", Some("jd")),
            ("jdsports.com", None),
        ];
        for (host, want) in cases {
            assert_eq!(
                idx.keywords_in(host, &bait).map(|h| h.keyword),
                want,
                "{host}"
            );
        }
    }

    #[test]
    fn lookalike_labels() {
        let idx = BrandIndex::new();
        let mut s = String::new();
        let cases: &[(&str, Option<(&str, Likeness)>)] = &[
            ("1cbc", Some(("icbc", Likeness::Homoglyph))),
            ("paypa1", Some(("paypal", Likeness::Homoglyph))),
            ("аррӏе", Some(("apple", Likeness::Homoglyph))),
            (
                "rnyetherwallet",
                Some(("myetherwallet", Likeness::Homoglyph)),
            ),
            ("paypl", Some(("paypal", Likeness::Typo(1)))),
            ("papyal", Some(("paypal", Likeness::Typo(1)))),
            ("myetherwalet", Some(("myetherwallet", Likeness::Typo(1)))),
            ("myethervallel", Some(("myetherwallet", Likeness::Typo(2)))),
            ("binanse", Some(("binance", Likeness::Typo(1)))),
            // `cl` folds to `d` in the skeleton; the letters as written still show an omission.
            ("clectrum", Some(("electrum", Likeness::Typo(1)))),
            // Two edits only for names of ten letters or more.
            ("etherstar", None),
            // Another short prefix before a common word is another name.
            ("mrcrypto", None),
            ("mycrpto", Some(("mycrypto", Likeness::Typo(1)))),
            ("apply", None),
            ("paypal", None),
            ("icbc", None),
            ("wikipedia", None),
            ("淘宝", None),
        ];
        for (label, want) in cases {
            let got = idx
                .lookalike(label, label, &mut s)
                .map(|l| (l.keyword, l.likeness));
            assert_eq!(got, *want, "{label}");
        }
    }
}
