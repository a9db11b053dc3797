//! The Report: the one result type every surface (Rust, wasm, CLI) returns.

use crate::options::{Kind, Lang};
use serde::Serialize;
use std::borrow::Cow;

mod json;

/// Overall risk band: low (0–39), medium (40–69), high (70–100) with the bundled pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// 低风险.
    Low,
    /// 中风险.
    Medium,
    /// 高风险.
    High,
}

impl Level {
    /// The band a score falls in.
    pub fn from_score(score: u8) -> Level {
        if score >= crate::rules::LEVEL_HIGH {
            Level::High
        } else if score >= crate::rules::LEVEL_MEDIUM {
            Level::Medium
        } else {
            Level::Low
        }
    }

    /// Its name in the JSON of a report: `low`, `medium` or `high`.
    pub fn name(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
        }
    }

    /// The band's name in `lang` (低风险 / low risk).
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Level::Low, Lang::Zh) => "低风险",
            (Level::Medium, Lang::Zh) => "中风险",
            (Level::High, Lang::Zh) => "高风险",
            (Level::Low, Lang::En) => "low risk",
            (Level::Medium, Lang::En) => "medium risk",
            (Level::High, Lang::En) => "high risk",
        }
    }
}

/// A stretch of the input. Byte offsets are for Rust and UTF-8 consumers; UTF-16 offsets are
/// for JavaScript, whose strings index in UTF-16 code units. Both are half-open: `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte (UTF-8) of the stretch.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// First UTF-16 code unit of the stretch.
    pub start16: usize,
    /// One past its last UTF-16 code unit.
    pub end16: usize,
}

/// A scam family that the input matches.
#[derive(Debug, Clone, Serialize)]
pub struct FamilyMatch {
    /// Stable id (`task_rebate`, `phishing`, …).
    pub id: &'static str,
    /// Name in the report's language.
    pub name: &'static str,
    /// How the scam works, in the report's language.
    pub summary: &'static str,
    /// Points this family's signals contributed.
    pub score: u8,
}

/// One reason behind the score.
#[derive(Debug, Clone, Serialize)]
pub struct Signal {
    /// Stable rule id (`url.lookalike_brand`, `msg.task_rebate.advance_payment`, …).
    pub rule: &'static str,
    /// The family it belongs to; absent for cross-family signals.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<&'static str>,
    /// Points it added (negative: it lowered the score); 0 for preview rules.
    pub weight: i16,
    /// Where in the input it was found (may be empty for whole-input signals).
    pub spans: Vec<Span>,
    /// Plain-language explanation in the report's language: the rule's text, borrowed from
    /// the rule pack unless it has placeholders to fill.
    pub explanation: Cow<'static, str>,
}

/// Something found in the input: a URL, a phone number, an amount, …
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    /// `url`, `domain`, `phone`, `bank_card`, `handle`, `amount`, `rate`, `crypto_address`, …
    pub kind: &'static str,
    /// The entity as written (may be shortened for very long values).
    pub text: String,
    /// Where it stands in the input.
    pub span: Span,
}

/// Facts about the input itself.
#[derive(Debug, Clone, Serialize)]
pub struct InputInfo {
    /// Length of the whole input in bytes (UTF-8).
    pub bytes: usize,
    /// Bytes actually checked: less than `bytes` when the input was over the size limit.
    pub checked_bytes: usize,
    /// True when only a prefix was checked.
    pub truncated: bool,
}

/// The result of one check.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// What the input was taken to be.
    pub kind: Kind,
    /// Language of every text in the report.
    pub lang: Lang,
    /// Risk score, 0–100.
    pub score: u8,
    /// Risk band of `score`.
    pub level: Level,
    /// The band's name in the report's language (低风险 / low risk).
    pub level_label: &'static str,
    /// Scam families matched, strongest first.
    pub families: Vec<FamilyMatch>,
    /// The reasons, strongest first.
    pub signals: Vec<Signal>,
    /// What to do now (the rule pack's advice texts).
    pub advice: Vec<&'static str>,
    /// URLs, numbers, accounts and amounts found.
    pub entities: Vec<Entity>,
    /// Notes about how the input was read (empty input, truncation, limits reached).
    pub notes: Vec<String>,
    /// Facts about the input.
    pub input: InputInfo,
    /// Version of the rule pack.
    pub rules_version: &'static str,
    /// Content hash of the rule pack.
    pub rules_hash: &'static str,
}
