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
    /// Its name in the JSON of a report: `auto`, `url`, `qr`, `message` or `pitch`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Auto => "auto",
            Kind::Url => "url",
            Kind::Qr => "qr",
            Kind::Message => "message",
            Kind::Pitch => "pitch",
        }
    }

    /// Parses `auto | url | qr | message | pitch`.
    pub fn parse(s: &str) -> Option<Kind> {
        const NAMES: [(&str, Kind); 8] = [
            ("", Kind::Auto),
            ("auto", Kind::Auto),
            ("url", Kind::Url),
            ("qr", Kind::Qr),
            ("message", Kind::Message),
            ("msg", Kind::Message),
            ("sms", Kind::Message),
            ("pitch", Kind::Pitch),
        ];
        let s = s.trim();
        NAMES
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(s))
            .map(|&(_, kind)| kind)
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
    /// Its name in the JSON of a report: `zh` or `en`.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Parses `zh | en` (also `zh-CN`, `en-US`, …).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().as_bytes();
        let starts_with =
            |prefix: &[u8]| s.get(..2).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
        if starts_with(b"zh") || s.is_empty() {
            Some(Lang::Zh)
        } else if starts_with(b"en") {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_kinds_and_langs() {
        let kinds: &[(&str, Option<Kind>)] = &[
            ("", Some(Kind::Auto)),
            (" Auto ", Some(Kind::Auto)),
            ("URL", Some(Kind::Url)),
            ("qr", Some(Kind::Qr)),
            ("Msg", Some(Kind::Message)),
            ("SMS", Some(Kind::Message)),
            ("message", Some(Kind::Message)),
            ("pitch", Some(Kind::Pitch)),
            ("pitches", None),
            ("ｕrl", None),
        ];
        for (s, want) in kinds {
            assert_eq!(Kind::parse(s), *want, "{s:?}");
        }
        let langs: &[(&str, Option<Lang>)] = &[
            ("", Some(Lang::Zh)),
            ("zh-CN", Some(Lang::Zh)),
            (" ZH ", Some(Lang::Zh)),
            ("en-US", Some(Lang::En)),
            ("EN", Some(Lang::En)),
            ("e", None),
            ("z中", None),
            ("fr", None),
        ];
        for (s, want) in langs {
            assert_eq!(Lang::parse(s), *want, "{s:?}");
        }
    }

    #[test]
    fn names_are_the_serialized_names() {
        let kinds = [Kind::Auto, Kind::Url, Kind::Qr, Kind::Message, Kind::Pitch];
        for kind in kinds {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.name());
            assert_eq!(Kind::parse(kind.name()), Some(kind));
        }
        for lang in [Lang::Zh, Lang::En] {
            assert_eq!(serde_json::to_value(lang).unwrap(), lang.name());
        }
        use crate::report::Level;
        for level in [Level::Low, Level::Medium, Level::High] {
            assert_eq!(serde_json::to_value(level).unwrap(), level.name());
        }
    }
}
