//! The engine: one `check()` for every kind of input, behind every surface.

use crate::analyze::{
    entities::EntityAnalyzer, negation, qr, text::CueMatcher, url::UrlAnalyzer, Finding, Findings,
};
use crate::extract::find_urls;
use crate::limits::{self, MAX_ENTITIES, MAX_INPUT_BYTES, MAX_SPANS_PER_SIGNAL, MAX_URLS};
use crate::normalize::{is_bidi_control, Normalizer};
use crate::options::{CheckOptions, Kind, Lang};
use crate::report::{Entity, InputInfo, Level, Report, Signal, Span};
use crate::rules::{self, ids, RuleKind};
use crate::score::score;
use crate::utf16::Utf16Map;

/// The checker. Build it once ([`Engine::new`]) and call [`Engine::check`] for every input;
/// it holds the compiled phrase automata and lookup tables and is cheap to share (`&self`).
#[derive(Debug, Clone)]
pub struct Engine {
    normalizer: Normalizer,
    cues: CueMatcher,
    urls: UrlAnalyzer,
    entities: EntityAnalyzer,
}

fn say(lang: Lang, zh: &str, en: &str) -> String {
    match lang {
        Lang::Zh => zh.to_string(),
        Lang::En => en.to_string(),
    }
}

impl Engine {
    /// Builds an engine on the bundled rule pack.
    pub fn new() -> Self {
        Engine {
            normalizer: Normalizer::new(),
            cues: CueMatcher::new(),
            urls: UrlAnalyzer::new(),
            entities: EntityAnalyzer::new(),
        }
    }

    /// The rule pack's version.
    pub fn rules_version(&self) -> &'static str {
        rules::PACK_VERSION
    }

    /// Checks one input. Never panics on any input; inputs over [`MAX_INPUT_BYTES`] are
    /// checked on their first `MAX_INPUT_BYTES` bytes and the report says so.
    pub fn check(&self, text: &str, options: &CheckOptions) -> Report {
        let lang = options.lang;
        let checked = limits::prefix(text, MAX_INPUT_BYTES);
        // Room for the findings of a typical message, in one allocation that malloc serves
        // from its small-block cache (at most 1 KiB).
        let mut found = Findings::with_capacity(12);
        if checked.len() < text.len() {
            found.notes.push(say(
                lang,
                &format!(
                    "输入过长（{} 字节），只检查了前 {} 字节。",
                    text.len(),
                    checked.len()
                ),
                &format!(
                    "The input is too long ({} bytes); only the first {} bytes were checked.",
                    text.len(),
                    checked.len()
                ),
            ));
        }
        let trimmed = checked.trim();
        let kind = if trimmed.is_empty() {
            found.notes.push(say(
                lang,
                "输入为空，没有可检查的内容。",
                "The input is empty: there is nothing to check.",
            ));
            if options.kind == Kind::Auto {
                Kind::Message
            } else {
                options.kind
            }
        } else {
            self.analyze(checked, options.kind, lang, &mut found)
        };
        self.report(text, checked, kind, lang, found)
    }

    fn analyze(&self, text: &str, asked: Kind, lang: Lang, found: &mut Findings) -> Kind {
        let lead = text.len() - text.trim_start().len();
        let trimmed = text.trim();
        let mut kind = asked;
        if kind == Kind::Auto {
            kind = crate::kind::by_shape(trimmed).unwrap_or(Kind::Auto);
        }
        // A lone URL is analyzed on its first MAX_URL_BYTES, like the URLs inside a text: a
        // 1 MiB host name of 300,000 labels must not cost more than a 4 KiB one.
        let url_part = limits::prefix(trimmed, limits::MAX_URL_BYTES);
        if kind == Kind::Url {
            // A lone URL needs none of the normalized views, only their count of removed
            // characters.
            note_invisible(text, crate::normalize::removed_count(text), found);
            self.urls
                .analyze(url_part, (lead, lead + url_part.len()), found);
            return kind;
        }
        let views = self.normalizer.views(text);
        note_invisible(text, views.invisible_removed, found);
        if kind == Kind::Qr {
            // qr::analyze gives spans within `trimmed`: move them to the input's offsets.
            let before = found.list.len();
            let payload = qr::analyze(trimmed, found);
            for f in &mut found.list[before..] {
                f.spans
                    .iter_mut()
                    .for_each(|sp| *sp = (sp.0 + lead, sp.1 + lead));
            }
            if payload == qr::Payload::Url {
                self.urls
                    .analyze(url_part, (lead, lead + url_part.len()), found);
                return kind;
            }
        }

        let marks = self.cues.scan(&views, found);
        negation::apply(&views, marks, found);
        self.entities.analyze(text, &views, found);
        let (urls, total) = find_urls(text, MAX_URLS);
        for u in &urls {
            let raw = limits::prefix(&text[u.start..u.end], limits::MAX_URL_BYTES);
            self.urls
                .analyze(raw, (u.start, u.start + raw.len()), found);
        }
        if total > urls.len() {
            found.notes.push(say(
                lang,
                &format!("文本含 {total} 个链接，只分析了前 {} 个。", urls.len()),
                &format!(
                    "The text holds {total} links; only the first {} were analyzed.",
                    urls.len()
                ),
            ));
        }
        if kind == Kind::Auto {
            let invest = rules::family_by_id("fake_investment");
            let pitch_cues = found
                .list
                .iter()
                .filter(|f| {
                    f.rule.def().kind != RuleKind::Guard
                        && f.rule.def().family_def().map(|d| d.id) == invest.map(|d| d.id)
                })
                .count();
            // Neither a QR payload nor a lone URL (kind::by_shape above): a pitch when the
            // investment family's cues say so.
            kind = if pitch_cues >= 2 {
                Kind::Pitch
            } else {
                Kind::Message
            };
        }
        kind
    }

    fn report(&self, text: &str, checked: &str, kind: Kind, lang: Lang, found: Findings) -> Report {
        let scored = score(found.list, lang);
        let level = Level::from_score(scored.score);

        let mut offsets = Vec::with_capacity(64);
        let mut signals: Vec<(Signal, Vec<(usize, usize)>)> = scored.signals;
        for (_, spans) in signals.iter_mut() {
            spans.retain(|(s, e)| s < e && *e <= checked.len());
            spans.sort_unstable();
            merge_overlapping(spans);
            spans.truncate(MAX_SPANS_PER_SIGNAL);
            for (s, e) in spans.iter() {
                offsets.push(*s);
                offsets.push(*e);
            }
        }
        let mut entities = found.entities;
        entities.truncate(MAX_ENTITIES);
        for (_, (s, e), _) in &entities {
            offsets.push(*s);
            offsets.push(*e);
        }
        let map = Utf16Map::new(checked, offsets);
        let span = |(s, e): (usize, usize)| Span {
            start: s,
            end: e,
            start16: map.get(s),
            end16: map.get(e),
        };

        let signals = signals
            .into_iter()
            .map(|(mut sig, spans)| {
                sig.spans = spans.into_iter().map(span).collect();
                sig
            })
            .collect();
        let entities = entities
            .into_iter()
            .map(|(kind, sp, mut text)| {
                text.truncate(limits::prefix(&text, 256).len());
                Entity {
                    kind,
                    text,
                    span: span(sp),
                }
            })
            .collect();

        let mut advice: Vec<&'static str> = Vec::with_capacity(12);
        let mut push = |s: &'static str| {
            if !advice.contains(&s) {
                advice.push(s);
            }
        };
        if level == Level::Low {
            let low = if lang == Lang::Zh {
                rules::LOW_ADVICE_ZH
            } else {
                rules::LOW_ADVICE_EN
            };
            low.iter().for_each(|s| push(s));
        } else {
            for fam in &scored.families {
                if let Some(def) = rules::family_by_id(fam.id) {
                    def.advice(lang).iter().for_each(|s| push(s));
                }
            }
            let general = if lang == Lang::Zh {
                rules::GENERAL_ADVICE_ZH
            } else {
                rules::GENERAL_ADVICE_EN
            };
            general.iter().for_each(|s| push(s));
        }

        Report {
            kind,
            lang,
            score: scored.score,
            level,
            level_label: level.label(lang),
            families: scored.families,
            signals,
            advice,
            entities,
            notes: found.notes,
            input: InputInfo {
                bytes: text.len(),
                checked_bytes: checked.len(),
                truncated: checked.len() < text.len(),
            },
            rules_version: rules::PACK_VERSION,
            rules_hash: rules::PACK_HASH,
        }
    }
}

/// Records the invisible or control characters of `text` (`removed` of them), if any.
fn note_invisible(text: &str, removed: usize, found: &mut Findings) {
    if removed == 0 {
        return;
    }
    let spans: Vec<(usize, usize)> = text
        .char_indices()
        .filter(|(_, c)| crate::normalize::is_invisible(*c))
        .map(|(i, c)| (i, i + c.len_utf8()))
        .collect();
    let rule = if text.chars().any(is_bidi_control) {
        ids::TEXT_BIDI_CONTROL
    } else {
        ids::TEXT_INVISIBLE_CHARS
    };
    found.add(Finding {
        rule,
        spans,
        args: vec![("count", removed.to_string())],
        weight: None,
    });
}

/// Joins spans that overlap or touch (`垫付` and `先垫` in `先垫付`); `spans` must be sorted.
fn merge_overlapping(spans: &mut Vec<(usize, usize)>) {
    spans.dedup_by(|next, kept| {
        let joins = next.0 <= kept.1;
        if joins {
            kept.1 = kept.1.max(next.1);
        }
        joins
    });
}

impl Default for Engine {
    fn default() -> Self {
        Self::new()
    }
}
