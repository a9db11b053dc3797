//! Properties every report keeps, for any input: spans are character boundaries of the
//! input with UTF-16 offsets that agree, score and level agree, every signal names a rule of
//! the pack, and the same input gives the same JSON twice.
//!
//! Besides arbitrary strings, the generators lean toward what the engine finds interesting:
//! Chinese text with cue words, URLs, and the invisible and bidi characters used to hide them.

use proptest::prelude::*;
use scamcheck::rules::RULES;
use scamcheck::{CheckOptions, Engine, Kind, Lang, Level, Report};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::new)
}

/// Pieces the biased generators glue together.
const PIECES: &[&str] = &[
    "刷单",
    "返利",
    "垫付",
    "做任务",
    "佣金",
    "客服",
    "退款",
    "理赔",
    "安全账户",
    "公检法",
    "验证码",
    "请勿告诉他人",
    "凡是刷单都是诈骗",
    "稳赚不赔",
    "日收益",
    "导师",
    "带单",
    "薇信",
    "工商银行",
    "中国",
    "你好",
    "。",
    "，",
    "！",
    "？",
    "、",
    "：",
    "1",
    "8",
    "3%",
    "500元",
    " ",
    "\n",
    "\t",
    "\u{3000}",
    "ａ",
    "Ｂ",
    "０",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{202E}",
    "\u{202D}",
    "\u{2066}",
    "\u{2069}",
    "\u{061C}",
    "\u{00AD}",
    "\0",
    "😀",
    "𝕒",
    "🏦",
    "é",
    "e\u{0301}",
    "ї",
    "а",
    "о",
    "ⅰ",
    "①",
    "http://",
    "https://",
    "www.",
    ".com",
    ".cn",
    ".top",
    ".vip",
    "xn--",
    "xn--80ak6aa92e",
    "icbc",
    "1cbc",
    "@",
    "/",
    "?",
    "#",
    "%",
    "%25",
    "%2F",
    ":",
    "[",
    "]",
    "::1",
    "127.0.0.1",
    "wxp://",
    "bitcoin:",
    "WIFI:T:nopass;",
    "otpauth://",
    "tel:",
    "BEGIN:VCARD\n",
    "javascript:",
    "data:",
    "win",
    "bonus",
    "free money",
];

fn biased_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
}

fn cjk_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::char::range('\u{4E00}', '\u{9FFF}'),
            1 => prop::char::range('\u{3000}', '\u{303F}'),
            1 => prop::char::range('\u{FF00}', '\u{FFEF}'),
            1 => prop::char::any(),
        ],
        0..200,
    )
    .prop_map(|v| v.into_iter().collect())
}

fn url_text() -> impl Strategy<Value = String> {
    (
        prop::sample::select(&["http://", "https://", "hxxp://", "", "www.", "HTTP://"][..]),
        prop::collection::vec("[a-z0-9\\-]{0,12}|xn--[a-z0-9\\-]{0,8}|[а-яіο]{1,5}", 1..5),
        prop::sample::select(&["com", "cn", "com.cn", "top", "xyz", "", "vip", "co.uk"][..]),
        "(/[a-zA-Z0-9%._~\\-]{0,10}){0,4}(\\?[a-z]=[a-z0-9%]{0,8})?",
        prop::sample::select(&["", "\u{200B}", "\u{202E}", " ", "。", "@evil.top"][..]),
    )
        .prop_map(|(scheme, labels, tld, path, junk)| {
            format!("{scheme}{}{junk}.{tld}{path}", labels.join("."))
        })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any::<String>(),
        3 => biased_text(),
        2 => cjk_text(),
        2 => url_text(),
        1 => (biased_text(), url_text(), cjk_text()).prop_map(|(a, b, c)| format!("{a} {b} {c}")),
    ]
}

fn any_options() -> impl Strategy<Value = CheckOptions> {
    (
        prop::sample::select(&[Kind::Auto, Kind::Url, Kind::Qr, Kind::Message, Kind::Pitch][..]),
        prop::sample::select(&[Lang::Zh, Lang::En][..]),
    )
        .prop_map(|(kind, lang)| CheckOptions { kind, lang })
}

fn check_report(text: &str, r: &Report) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        r.level,
        Level::from_score(r.score),
        "score {} level {:?}",
        r.score,
        r.level
    );
    prop_assert!(r.score <= 100);
    prop_assert_eq!(r.input.bytes, text.len());
    let checked = &text[..r.input.checked_bytes];
    let spans = r
        .signals
        .iter()
        .flat_map(|s| s.spans.iter())
        .chain(r.entities.iter().map(|e| &e.span));
    for sp in spans {
        prop_assert!(
            sp.start <= sp.end && sp.end <= checked.len(),
            "span {:?} outside the input",
            sp
        );
        prop_assert!(
            checked.is_char_boundary(sp.start) && checked.is_char_boundary(sp.end),
            "span {:?} cuts a character",
            sp
        );
        prop_assert_eq!(
            checked[..sp.start].encode_utf16().count(),
            sp.start16,
            "start16 of {:?}",
            sp
        );
        prop_assert_eq!(
            checked[..sp.end].encode_utf16().count(),
            sp.end16,
            "end16 of {:?}",
            sp
        );
    }
    for s in &r.signals {
        prop_assert!(
            RULES.iter().any(|d| d.id == s.rule),
            "signal {} is not in the pack",
            s.rule
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn reports_are_sane_and_deterministic(text in any_text(), opts in any_options()) {
        let r = engine().check(&text, &opts);
        check_report(&text, &r)?;
        let again = engine().check(&text, &opts);
        let (a, b) = (serde_json::to_string(&r).unwrap(), serde_json::to_string(&again).unwrap());
        prop_assert_eq!(a, b, "two checks of the same input differ");
    }

    #[test]
    fn a_fresh_engine_gives_the_same_report(text in biased_text(), opts in any_options()) {
        // Nothing leaks from one check into the next, or from one engine to another.
        let shared = serde_json::to_string(&engine().check(&text, &opts)).unwrap();
        let fresh = serde_json::to_string(&Engine::new().check(&text, &opts)).unwrap();
        prop_assert_eq!(shared, fresh);
    }

    #[test]
    fn padding_moves_spans_but_keeps_the_verdict(text in biased_text(), opts in any_options(), pad in "[ \t\n]{1,4}") {
        // Leading whitespace shifts every span by its length and changes nothing else.
        let plain = engine().check(&text, &opts);
        let padded_text = format!("{pad}{text}");
        let padded = engine().check(&padded_text, &opts);
        check_report(&padded_text, &padded)?;
        prop_assert_eq!(plain.score, padded.score);
        let shift = |r: &Report, by: usize| -> Vec<(String, usize, usize)> {
            r.signals.iter().flat_map(|s| s.spans.iter().map(move |sp| (s.rule.to_string(), sp.start + by, sp.end + by))).collect()
        };
        prop_assert_eq!(shift(&plain, pad.len()), shift(&padded, 0));
    }
}
