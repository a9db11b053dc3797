//! The rule pack, compiled in at build time from `rules/` by `build.rs`.
//!
//! Everything here is `static` data: nothing is parsed when an engine starts. Code refers to
//! computed signals through [`ids`], so a rule missing from the pack is a compile error.

use crate::options::Lang;

/// A piece of text in both languages the engine speaks.
#[derive(Debug, Clone, Copy)]
pub struct Text {
    /// Chinese (simplified).
    pub zh: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// Index of a rule in [`RULES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RuleIdx(pub u16);

impl RuleIdx {
    /// The rule's definition.
    pub fn def(self) -> &'static RuleDef {
        &RULES[self.0 as usize]
    }

    /// The rule's place in the byte order of all the pack's ids.
    pub fn id_rank(self) -> u16 {
        RULE_ID_RANK[self.0 as usize]
    }
}

/// How a rule is matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// A phrase cue: matched by the text analyzer's phrase search.
    Cue,
    /// A context (such as anti-fraud education) that lowers the text score when present.
    Guard,
    /// A signal computed by code (URL structure, QR payload type, implied rates, …).
    Signal,
}

/// One rule of the pack.
#[derive(Debug)]
pub struct RuleDef {
    /// Stable id, such as `url.ip_host` or `msg.task_rebate.advance_payment`.
    pub id: &'static str,
    /// Index into [`FAMILIES`]; `None` for cross-family rules.
    pub family: Option<usize>,
    /// How the rule is matched.
    pub kind: RuleKind,
    /// Points the rule adds when it fires (negative: it lowers the score).
    pub weight: i16,
    /// For guards: the share of the text score kept, in percent.
    pub keep_percent: u8,
    /// Preview rules are reported but add no points.
    pub preview: bool,
    /// Explanation shown to the user; may hold `{placeholders}` filled by the analyzer.
    pub text: Text,
}

impl RuleDef {
    /// The rule's family definition, if it has one.
    pub fn family_def(&self) -> Option<&'static FamilyDef> {
        self.family.map(|i| &FAMILIES[i])
    }
}

/// A scam family: its names, summary, advice and how its cues combine.
#[derive(Debug)]
pub struct FamilyDef {
    /// Stable id, such as `task_rebate`.
    pub id: &'static str,
    /// Display name.
    pub name: Text,
    /// One-paragraph description of how the scam works.
    pub summary: Text,
    /// What to do, in Chinese.
    pub advice_zh: &'static [&'static str],
    /// What to do, in English.
    pub advice_en: &'static [&'static str],
    /// Distinct cues of the family that must co-occur before it fires.
    pub min_cues: u8,
    /// Points added once when the family fires.
    pub bonus: i16,
    /// Cap on the points the family's signals add together.
    pub cap: i16,
}

impl FamilyDef {
    /// The family's advice in `lang`.
    pub fn advice(&self, lang: Lang) -> &'static [&'static str] {
        match lang {
            Lang::Zh => self.advice_zh,
            Lang::En => self.advice_en,
        }
    }
}

/// A brand that scammers impersonate, with what is really its own.
#[derive(Debug)]
pub struct BrandDef {
    /// Stable id, such as `icbc`.
    pub id: &'static str,
    /// Display name.
    pub name: Text,
    /// Sector: bank, payment, ecommerce, logistics, government, carrier, tech, crypto, …
    pub sector: &'static str,
    /// Official registrable domains.
    pub domains: Words,
    /// Words standing for the brand inside host names.
    pub keywords: Words,
    /// Official service numbers.
    pub hotlines: Words,
    /// Names used for the brand in messages.
    pub aliases: Words,
}

/// A list of words compiled in as one string, one word per line: a table of string pointers
/// would cost the wasm module 8 bytes a word that gzip barely shrinks.
#[derive(Debug, Clone, Copy)]
pub struct Words(pub &'static str);

impl Words {
    /// The words, in order.
    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        self.into_iter()
    }

    /// The first word.
    pub fn first(self) -> Option<&'static str> {
        self.iter().next()
    }

    /// True when the list has no word.
    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// The words joined by `sep`.
    pub fn join(self, sep: &str) -> String {
        self.iter().collect::<Vec<_>>().join(sep)
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = std::iter::Filter<Lines, fn(&&'static str) -> bool>;

    fn into_iter(self) -> Self::IntoIter {
        Lines(Some(self.0)).filter(|w| !w.is_empty())
    }
}

/// The `\n`-separated pieces of a text, empty ones included, as `str::split('\n')` gives
/// them. The pack's lines are a few bytes long, too short for the set-up of `split`'s `memchr`
/// search to pay off: a plain scan costs a fraction of it at start-up.
#[derive(Debug, Clone)]
pub struct Lines(Option<&'static str>);

impl Iterator for Lines {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        let rest = self.0?;
        match rest.bytes().position(|b| b == b'\n') {
            Some(n) => {
                self.0 = Some(&rest[n + 1..]);
                Some(&rest[..n])
            }
            None => {
                self.0 = None;
                Some(rest)
            }
        }
    }
}

/// Looks a family up by id.
pub fn family_by_id(id: &str) -> Option<&'static FamilyDef> {
    FAMILIES.iter().find(|f| f.id == id)
}

/// The CJK (non-ASCII) cue and guard phrases with the rule each belongs to, as the compact
/// view holds them: lower-cased, without spaces or symbols.
pub fn compact_terms() -> impl Iterator<Item = (&'static str, RuleIdx)> {
    Lines(Some(COMPACT_TERMS)).zip(COMPACT_TERMS_RULES.iter().map(|&r| RuleIdx(r)))
}

/// The ASCII cue and guard phrases with the rule each belongs to: lower-cased, their words
/// joined by single spaces.
pub fn word_terms() -> impl Iterator<Item = (&'static str, RuleIdx)> {
    Lines(Some(WORD_TERMS)).zip(WORD_TERMS_RULES.iter().map(|&r| RuleIdx(r)))
}

/// Every cue and guard phrase with the rule it belongs to: [`compact_terms`], then
/// [`word_terms`] (for the tests of the tables every phrase must be covered by).
#[cfg(test)]
pub fn terms() -> impl Iterator<Item = (&'static str, RuleIdx)> {
    compact_terms().chain(word_terms())
}

/// Looks a rule up by id.
pub fn rule_by_id(id: &str) -> Option<&'static RuleDef> {
    RULES.iter().find(|r| r.id == id)
}

include!(concat!(env!("OUT_DIR"), "/rule_pack.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_as_str_split_does() {
        for text in ["", "\n", "a", "a\n", "\nb", "ab\n\ncd\n", "登录\nlogin"] {
            let got: Vec<&str> = Lines(Some(text)).collect();
            let want: Vec<&str> = text.split('\n').collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
