//! Analyzers: each reads the input (or part of it) and records [`Finding`]s, which the
//! scorer turns into the report's signals.

pub mod entities;
pub mod negation;
pub mod pitch;
pub mod qr;
pub mod text;
pub mod url;

use crate::rules::RuleIdx;

/// A rule that fired, where, and the values that fill its explanation's `{placeholders}`.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The rule.
    pub rule: RuleIdx,
    /// Byte ranges of the original input.
    pub spans: Vec<(usize, usize)>,
    /// Placeholder values, such as `("domain", "1cbc.com.cn")`.
    pub args: Vec<(&'static str, String)>,
    /// Points to use instead of the rule's weight (for signals whose strength is computed).
    pub weight: Option<i16>,
}

impl Finding {
    /// A finding of `rule` at one span, with no placeholders.
    pub fn at(rule: RuleIdx, start: usize, end: usize) -> Self {
        Finding {
            rule,
            spans: vec![(start, end)],
            args: Vec::new(),
            weight: None,
        }
    }

    /// Adds a placeholder value.
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Sets the points instead of the rule's weight.
    pub fn weighted(mut self, weight: i16) -> Self {
        self.weight = Some(weight);
        self
    }
}

/// Everything the analyzers found in one input.
#[derive(Debug, Default)]
pub struct Findings {
    /// Rules that fired.
    pub list: Vec<Finding>,
    /// Entities found: (kind, original byte range, text).
    pub entities: Vec<(&'static str, (usize, usize), String)>,
    /// Notes for the report (already in the report's language).
    pub notes: Vec<String>,
}

impl Findings {
    /// No findings yet, with room for `n` rules before the list grows.
    pub fn with_capacity(n: usize) -> Self {
        Findings {
            list: Vec::with_capacity(n),
            ..Findings::default()
        }
    }

    /// Records a finding.
    pub fn add(&mut self, f: Finding) {
        self.list.push(f);
    }

    /// Records an entity.
    pub fn entity(&mut self, kind: &'static str, span: (usize, usize), text: impl Into<String>) {
        self.entities.push((kind, span, text.into()));
    }

    /// True when `rule` fired.
    pub fn has(&self, rule: RuleIdx) -> bool {
        self.list.iter().any(|f| f.rule == rule)
    }
}
