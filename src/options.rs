//! What the caller tells the engine about an input.

use serde::{Deserialize, Serialize};

/// What an input is. `Auto` lets the engine decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Detect the kind from the text.
    #[default]
    Auto,
    /// A single web address or domain.
    Url,
    /// The content of a QR code.
    Qr,
    /// A chat message, SMS or e-mail text.
    Message,
    /// An investment offer.
    Pitch,
}

impl Kind {
    /// Parses `auto | url | qr | message | pitch`.
    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "" | "auto" => Kind::Auto,
            "url" => Kind::Url,
            "qr" => Kind::Qr,
            "message" | "msg" | "sms" => Kind::Message,
            "pitch" => Kind::Pitch,
            _ => return None,
        })
    }
}

/// The language of explanations and advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Simplified Chinese (the default).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Parses `zh | en` (also `zh-CN`, `en-US`, …).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("zh") || s.is_empty() {
            Some(Lang::Zh)
        } else if s.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// Options for one check.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CheckOptions {
    /// What the input is; `auto` by default.
    pub kind: Kind,
    /// Language of explanations and advice; `zh` by default.
    pub lang: Lang,
}
