//! Compiles the rule pack under `rules/` into static Rust tables (`$OUT_DIR/rule_pack.rs`).
//!
//! The engine never parses TOML at run time: every rule, cue phrase, brand and list entry
//! becomes a `static` array here, and every rule id becomes a constant in `ids`, so that code
//! naming a rule that the pack lacks does not compile. A malformed pack fails the build with
//! a message naming the file and the line.

use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    version: String,
    medium: u8,
    high: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FamiliesFile {
    general_advice: Localized<Vec<String>>,
    low_advice: Localized<Vec<String>>,
    family: Vec<Family>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Localized<T> {
    zh: T,
    en: T,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Family {
    id: String,
    name: Localized<String>,
    summary: Localized<String>,
    advice: Localized<Vec<String>>,
    /// Distinct cues of this family that must co-occur before the family fires.
    #[serde(default = "default_min_cues")]
    min_cues: u8,
    /// Points added once when the family fires (the co-occurrence bonus).
    #[serde(default)]
    bonus: i16,
    /// Cap on the points this family's signals add together.
    #[serde(default = "default_cap")]
    cap: i16,
}

fn default_min_cues() -> u8 {
    2
}
fn default_cap() -> i16 {
    70
}

/// A file of rules: text cues (matched by phrase), guards (contexts that lower the score) and
/// signals (computed by code, such as URL structure checks).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    /// Default family for every rule in the file ("" for cross-family rules).
    #[serde(default)]
    family: String,
    #[serde(default)]
    cue: Vec<Rule>,
    #[serde(default)]
    guard: Vec<Rule>,
    #[serde(default)]
    signal: Vec<Rule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    id: String,
    /// Overrides the file's family.
    family: Option<String>,
    /// Points; negative for guards' and allowlists' reductions.
    #[serde(default)]
    weight: i16,
    /// For guards: the percentage of the text score kept when the guard matches.
    keep_percent: Option<u8>,
    /// Phrases (cues and guards). ASCII phrases match whole words; CJK phrases match inside
    /// the compacted text, ignoring spaces and symbols between characters.
    #[serde(default)]
    terms: Vec<String>,
    /// `preview` rules are reported but add no points until they are promoted.
    #[serde(default)]
    preview: bool,
    zh: String,
    en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListsFile {
    #[serde(default)]
    brand: Vec<Brand>,
    #[serde(default)]
    suspicious_tld: Vec<Tld>,
    #[serde(default)]
    shorteners: Vec<String>,
    #[serde(default)]
    variant: Vec<Variant>,
    /// Named word lists read by code (`[[list]] id = "url_bait"`), such as free-hosting
    /// platforms or the bait words of phishing URLs.
    #[serde(default)]
    list: Vec<NamedList>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NamedList {
    id: String,
    items: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Brand {
    id: String,
    name: Localized<String>,
    sector: String,
    /// Official registrable domains (the allowlist).
    domains: Vec<String>,
    /// Words that stand for the brand inside a host name (`icbc`, `taobao`).
    #[serde(default)]
    keywords: Vec<String>,
    /// Official service numbers.
    #[serde(default)]
    hotlines: Vec<String>,
    /// Names people write in messages (工商银行, 工行).
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Tld {
    suffix: String,
    weight: i16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Variant {
    canonical: String,
    forms: Vec<String>,
}

struct Source {
    path: PathBuf,
    text: String,
}

impl Source {
    fn fail(&self, what: &str, needle: &str) -> ! {
        let line = self
            .text
            .lines()
            .position(|l| l.contains(needle))
            .map(|i| i + 1)
            .unwrap_or(1);
        panic!(
            "\n\nrule pack error in {}:{}: {}\n\n",
            self.path.display(),
            line,
            what
        );
    }

    fn parse<T: for<'de> Deserialize<'de>>(&self) -> T {
        match toml::from_str(&self.text) {
            Ok(v) => v,
            Err(e) => {
                let line = e
                    .span()
                    .map(|s| self.text[..s.start].matches('\n').count() + 1)
                    .unwrap_or(1);
                panic!(
                    "\n\nrule pack error in {}:{}: {}\n\n",
                    self.path.display(),
                    line,
                    e.message()
                );
            }
        }
    }
}

/// Phrases and the rule index of each, written out as one `\n`-separated string and a table
/// of numbers.
#[derive(Default)]
struct TermList {
    text: String,
    rules: String,
}

impl TermList {
    fn push(&mut self, phrase: &str, rule: usize) {
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.text.push_str(phrase);
        write!(self.rules, "{rule},").unwrap();
    }

    fn emit(&self, out: &mut String, name: &str, doc: &str) {
        writeln!(out, "/// {doc}").unwrap();
        writeln!(out, "pub static {name}: &str = {:?};", self.text).unwrap();
        writeln!(out, "/// The rule index of each line of [`{name}`].").unwrap();
        writeln!(out, "pub static {name}_RULES: &[u16] = &[{}];", self.rules).unwrap();
    }
}

fn read_dir_sorted(dir: &Path) -> Vec<Source> {
    let mut paths: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(_) => Vec::new(),
    };
    paths.sort();
    paths.into_iter().map(read_source).collect()
}

fn read_source(path: PathBuf) -> Source {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("rule pack error: cannot read {}: {e}", path.display()));
    Source { path, text }
}

fn const_name(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
}

const RULE_KIND_CUE: u8 = 0;
const RULE_KIND_GUARD: u8 = 1;
const RULE_KIND_SIGNAL: u8 = 2;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("rules");
    println!("cargo:rerun-if-changed={}", root.display());
    for sub in ["cues", "signals", "lists"] {
        println!("cargo:rerun-if-changed={}", root.join(sub).display());
    }

    let pack_src = read_source(root.join("pack.toml"));
    let pack: PackFile = pack_src.parse();
    let fam_src = read_source(root.join("families.toml"));
    let families: FamiliesFile = fam_src.parse();
    let rule_srcs: Vec<Source> = read_dir_sorted(&root.join("cues"))
        .into_iter()
        .chain(read_dir_sorted(&root.join("signals")))
        .collect();
    let list_srcs = read_dir_sorted(&root.join("lists"));

    // Content hash over every file of the pack, in a fixed order.
    let mut hasher = Sha256::new();
    for s in std::iter::once(&pack_src)
        .chain(std::iter::once(&fam_src))
        .chain(&rule_srcs)
        .chain(&list_srcs)
    {
        let rel = s.path.strip_prefix(&root).unwrap_or(&s.path);
        hasher.update(rel.to_string_lossy().replace('\\', "/").as_bytes());
        hasher.update([0]);
        hasher.update(s.text.as_bytes());
        hasher.update([0]);
    }
    let hash: String = hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();

    let mut out = String::new();
    writeln!(out, "// Generated by build.rs from rules/. Do not edit.").unwrap();
    writeln!(out, "/// The rule pack's version (rules/pack.toml).").unwrap();
    writeln!(out, "pub static PACK_VERSION: &str = {:?};", pack.version).unwrap();
    writeln!(
        out,
        "/// First 16 hex digits of the SHA-256 of every rule-pack file."
    )
    .unwrap();
    writeln!(out, "pub static PACK_HASH: &str = {:?};", hash).unwrap();
    writeln!(out, "/// Score from which a report is medium risk.").unwrap();
    writeln!(out, "pub const LEVEL_MEDIUM: u8 = {};", pack.medium).unwrap();
    writeln!(out, "/// Score from which a report is high risk.").unwrap();
    writeln!(out, "pub const LEVEL_HIGH: u8 = {};", pack.high).unwrap();
    if !(pack.medium < pack.high && pack.high <= 100) {
        pack_src.fail("need medium < high <= 100", "medium");
    }

    // Families.
    let mut family_index: BTreeMap<String, usize> = BTreeMap::new();
    writeln!(out, "/// Every scam family, in pack order.").unwrap();
    writeln!(out, "pub static FAMILIES: &[FamilyDef] = &[").unwrap();
    for (i, f) in families.family.iter().enumerate() {
        if !is_valid_id(&f.id) || f.id.contains('.') {
            fam_src.fail(&format!("bad family id {:?}", f.id), &f.id);
        }
        if family_index.insert(f.id.clone(), i).is_some() {
            fam_src.fail(&format!("duplicate family id {:?}", f.id), &f.id);
        }
        if f.advice.zh.is_empty() || f.advice.en.is_empty() {
            fam_src.fail(
                &format!("family {:?} needs advice in zh and en", f.id),
                &f.id,
            );
        }
        writeln!(
            out,
            "    FamilyDef {{ id: {:?}, name: Text {{ zh: {:?}, en: {:?} }}, summary: Text {{ zh: {:?}, en: {:?} }}, advice_zh: &{:?}, advice_en: &{:?}, min_cues: {}, bonus: {}, cap: {} }},",
            f.id, f.name.zh, f.name.en, f.summary.zh, f.summary.en, f.advice.zh, f.advice.en, f.min_cues, f.bonus, f.cap
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
    writeln!(
        out,
        "/// Advice given with every medium or high report, in Chinese."
    )
    .unwrap();
    writeln!(
        out,
        "pub static GENERAL_ADVICE_ZH: &[&str] = &{:?};",
        families.general_advice.zh
    )
    .unwrap();
    writeln!(
        out,
        "/// Advice given with every medium or high report, in English."
    )
    .unwrap();
    writeln!(
        out,
        "pub static GENERAL_ADVICE_EN: &[&str] = &{:?};",
        families.general_advice.en
    )
    .unwrap();
    writeln!(out, "/// Advice given with a low-risk report, in Chinese.").unwrap();
    writeln!(
        out,
        "pub static LOW_ADVICE_ZH: &[&str] = &{:?};",
        families.low_advice.zh
    )
    .unwrap();
    writeln!(out, "/// Advice given with a low-risk report, in English.").unwrap();
    writeln!(
        out,
        "pub static LOW_ADVICE_EN: &[&str] = &{:?};",
        families.low_advice.en
    )
    .unwrap();

    // Rules.
    let mut rules_out = String::new();
    // The cue and guard phrases in the form the cue automata search for them: CJK (non-ASCII)
    // phrases without the spaces and symbols the compact view drops, ASCII phrases with single
    // spaces. Prepared here so that building the engine does not allocate a string per phrase.
    let mut compact_terms = TermList::default();
    let mut word_terms = TermList::default();
    let mut ids_out = String::new();
    let mut seen_ids: HashSet<String> = HashSet::new();
    let mut seen_terms: BTreeMap<String, String> = BTreeMap::new();
    let mut n_rules = 0usize;
    let mut all_ids: Vec<String> = Vec::new();
    for src in &rule_srcs {
        let file: RulesFile = src.parse();
        let kinds = [
            (RULE_KIND_CUE, &file.cue),
            (RULE_KIND_GUARD, &file.guard),
            (RULE_KIND_SIGNAL, &file.signal),
        ];
        for (kind, rules) in kinds {
            for r in rules.iter() {
                if !is_valid_id(&r.id) || !r.id.contains('.') {
                    src.fail(
                        &format!("rule id {:?} must be dotted lowercase (area.name)", r.id),
                        &r.id,
                    );
                }
                if !seen_ids.insert(r.id.clone()) {
                    src.fail(&format!("duplicate rule id {:?}", r.id), &r.id);
                }
                all_ids.push(r.id.clone());
                let fam = r.family.as_deref().unwrap_or(&file.family);
                let fam_idx = if fam.is_empty() {
                    "None".to_string()
                } else {
                    match family_index.get(fam) {
                        Some(i) => format!("Some({i})"),
                        None => src.fail(
                            &format!("unknown family {fam:?} for rule {:?}", r.id),
                            &r.id,
                        ),
                    }
                };
                if r.zh.trim().is_empty() || r.en.trim().is_empty() {
                    src.fail(
                        &format!("rule {:?} needs an explanation in zh and en", r.id),
                        &r.id,
                    );
                }
                match kind {
                    RULE_KIND_CUE | RULE_KIND_GUARD if r.terms.is_empty() => {
                        src.fail(&format!("rule {:?} has no terms", r.id), &r.id)
                    }
                    RULE_KIND_SIGNAL if !r.terms.is_empty() => src.fail(
                        &format!("signal {:?} is computed by code and takes no terms", r.id),
                        &r.id,
                    ),
                    RULE_KIND_GUARD if r.keep_percent.is_none() => {
                        src.fail(&format!("guard {:?} needs keep_percent", r.id), &r.id)
                    }
                    _ => {}
                }
                let keep = r.keep_percent.unwrap_or(100);
                if keep > 100 {
                    src.fail(&format!("keep_percent of {:?} is over 100", r.id), &r.id);
                }
                writeln!(
                    rules_out,
                    "    RuleDef {{ id: {:?}, family: {}, kind: RuleKind::{}, weight: {}, keep_percent: {}, preview: {}, text: Text {{ zh: {:?}, en: {:?} }} }},",
                    r.id,
                    fam_idx,
                    ["Cue", "Guard", "Signal"][kind as usize],
                    r.weight,
                    keep,
                    r.preview,
                    r.zh.trim(),
                    r.en.trim()
                )
                .unwrap();
                writeln!(ids_out, "    /// `{}`", r.id).unwrap();
                writeln!(
                    ids_out,
                    "    pub const {}: RuleIdx = RuleIdx({});",
                    const_name(&r.id),
                    n_rules
                )
                .unwrap();
                for t in &r.terms {
                    let norm = t.trim().to_lowercase();
                    if norm.is_empty() {
                        src.fail(&format!("empty term in {:?}", r.id), &r.id);
                    }
                    if norm.contains('\n') {
                        src.fail(&format!("term {t:?} of {:?} spans lines", r.id), t);
                    }
                    if let Some(prev) = seen_terms.insert(norm.clone(), r.id.clone()) {
                        src.fail(
                            &format!("term {t:?} of {:?} is already a term of {prev:?}", r.id),
                            t,
                        );
                    }
                    if norm.is_ascii() {
                        word_terms.push(
                            &norm.split_whitespace().collect::<Vec<_>>().join(" "),
                            n_rules,
                        );
                    } else {
                        compact_terms.push(
                            &norm
                                .chars()
                                .filter(|c| c.is_alphanumeric())
                                .collect::<String>(),
                            n_rules,
                        );
                    }
                }
                n_rules += 1;
            }
        }
    }
    writeln!(
        out,
        "/// Every rule of the pack; `ids` names their indexes."
    )
    .unwrap();
    writeln!(out, "pub static RULES: &[RuleDef] = &[\n{rules_out}];").unwrap();
    // Each rule's place among the ids in byte order, so that reports can list rules of equal
    // weight by id without comparing strings.
    let mut by_id: Vec<usize> = (0..all_ids.len()).collect();
    by_id.sort_by(|&a, &b| all_ids[a].cmp(&all_ids[b]));
    let mut id_rank = vec![0u16; all_ids.len()];
    for (rank, &rule) in by_id.iter().enumerate() {
        id_rank[rule] = rank as u16;
    }
    writeln!(
        out,
        "/// Each rule's place among the pack's ids in byte order.\npub static RULE_ID_RANK: &[u16] = &{id_rank:?};"
    )
    .unwrap();
    // The phrases as one string and their rules as numbers, not a table of (&str, RuleIdx):
    // 1,700 string pointers were ~20 KB of the wasm module that gzip could not shrink much.
    compact_terms.emit(
        &mut out,
        "COMPACT_TERMS",
        "Every CJK (non-ASCII) cue and guard phrase, lower-cased and without the spaces and symbols the compact view drops, one per line; see [`compact_terms`].",
    );
    word_terms.emit(
        &mut out,
        "WORD_TERMS",
        "Every ASCII cue and guard phrase, lower-cased, its words joined by single spaces, one per line; see [`word_terms`].",
    );
    writeln!(
        out,
        "/// Rule indexes by id: `ids::URL_IP_HOST` is the rule `url.ip_host`."
    )
    .unwrap();
    writeln!(out, "pub mod ids {{\n    use super::RuleIdx;\n{ids_out}}}").unwrap();

    // Lists.
    let mut brands = String::new();
    let mut tlds = String::new();
    let mut shorteners: Vec<String> = Vec::new();
    let mut variants = String::new();
    let mut named_lists = String::new();
    let mut brand_ids = HashSet::new();
    let mut list_ids = HashSet::new();
    for src in &list_srcs {
        let file: ListsFile = src.parse();
        for b in &file.brand {
            if !brand_ids.insert(b.id.clone()) {
                src.fail(&format!("duplicate brand id {:?}", b.id), &b.id);
            }
            if b.domains.is_empty() {
                src.fail(
                    &format!("brand {:?} needs at least one official domain", b.id),
                    &b.id,
                );
            }
            // Each list as one '\n'-joined string (rules::Words): ~1,400 string pointers
            // were ~11 KB of the wasm module.
            let words = |v: &Vec<String>, lower: bool| -> String {
                for s in v {
                    if s.contains('\n') || s.trim().is_empty() {
                        src.fail(&format!("brand {:?}: empty or multi-line entry", b.id), s);
                    }
                }
                let items: Vec<String> = v
                    .iter()
                    .map(|s| {
                        if lower {
                            s.trim().to_lowercase()
                        } else {
                            s.clone()
                        }
                    })
                    .collect();
                format!("Words({:?})", items.join("\n"))
            };
            writeln!(
                brands,
                "    BrandDef {{ id: {:?}, name: Text {{ zh: {:?}, en: {:?} }}, sector: {:?}, domains: {}, keywords: {}, hotlines: {}, aliases: {} }},",
                b.id, b.name.zh, b.name.en, b.sector, words(&b.domains, true), words(&b.keywords, true), words(&b.hotlines, false), words(&b.aliases, false)
            )
            .unwrap();
        }
        for t in &file.suspicious_tld {
            let s = t.suffix.trim_start_matches('.').to_lowercase();
            if s == "cn" || s.ends_with(".cn") {
                src.fail(
                    "a Chinese audience's .cn suffixes are never suspicious by themselves",
                    &t.suffix,
                );
            }
            writeln!(tlds, "    ({:?}, {}),", s, t.weight).unwrap();
        }
        shorteners.extend(file.shorteners.iter().map(|s| s.trim().to_lowercase()));
        for l in &file.list {
            if !is_valid_id(&l.id) || !list_ids.insert(l.id.clone()) {
                src.fail(&format!("bad or duplicate list id {:?}", l.id), &l.id);
            }
            let items: Vec<String> = l.items.iter().map(|s| s.trim().to_lowercase()).collect();
            if items.iter().any(|s| s.is_empty() || s.contains('\n')) {
                src.fail(&format!("list {:?}: empty or multi-line item", l.id), &l.id);
            }
            writeln!(
                named_lists,
                "    ({:?}, Words({:?})),",
                l.id,
                items.join("\n")
            )
            .unwrap();
        }
        for v in &file.variant {
            for f in &v.forms {
                writeln!(variants, "    ({:?}, {:?}),", f.to_lowercase(), v.canonical).unwrap();
            }
        }
    }
    writeln!(
        out,
        "/// Brands with their official domains, keywords, hotlines and aliases."
    )
    .unwrap();
    writeln!(out, "pub static BRANDS: &[BrandDef] = &[\n{brands}];").unwrap();
    writeln!(
        out,
        "/// Suffixes often used by throwaway scam sites, with their weight."
    )
    .unwrap();
    writeln!(
        out,
        "pub static SUSPICIOUS_TLDS: &[(&str, i16)] = &[\n{tlds}];"
    )
    .unwrap();
    writeln!(out, "/// Link-shortener and redirector hosts.").unwrap();
    writeln!(out, "pub static SHORTENERS: &[&str] = &{:?};", shorteners).unwrap();
    writeln!(
        out,
        "/// Obfuscated spellings (lower-cased) and the word they stand for."
    )
    .unwrap();
    writeln!(
        out,
        "pub static VARIANTS: &[(&str, &str)] = &[\n{variants}];"
    )
    .unwrap();

    writeln!(
        out,
        "/// Named word lists (`[[list]]` in rules/lists), lower-cased."
    )
    .unwrap();
    writeln!(
        out,
        "pub static LISTS: &[(&str, Words)] = &[\n{named_lists}];"
    )
    .unwrap();
    writeln!(
        out,
        "/// The items of the named list `id` (empty when the pack has no such list)."
    )
    .unwrap();
    writeln!(out, "pub fn named_list(id: &str) -> Vec<&'static str> {{ LISTS.iter().find(|l| l.0 == id).map(|l| l.1.iter().collect()).unwrap_or_default() }}").unwrap();

    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("rule_pack.rs");
    fs::write(dest, out).unwrap();
}
