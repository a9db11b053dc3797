//! Hostile inputs: text built to crash, hang or fool the engine. Each case must come back as a
//! sane report — level agreeing with score, spans on character boundaries with UTF-16 offsets
//! that agree, limits respected — and, where a limit applies, a note saying so.
//!
//! The last tests run the real `scamcheck batch` binary on lines that are not UTF-8 or not JSON:
//! each bad line must get an error line naming its line number, and the rest must go on.

use scamcheck::limits::{MAX_ENTITIES, MAX_INPUT_BYTES, MAX_SPANS_PER_SIGNAL, MAX_URLS};
use scamcheck::rules::RULES;
use scamcheck::{CheckOptions, Engine, Kind, Lang, Level, Report};
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::new)
}

/// What a case expects beyond the invariants every report must keep.
#[derive(Default, Clone, Copy)]
struct Expect {
    /// `input.truncated` must be set and a note must give the number of bytes checked.
    truncated: bool,
    /// A note must give this number (the count of URLs when the URL limit applies).
    note_has: Option<usize>,
    /// This rule must fire.
    rule: Option<&'static str>,
    /// The level must be at most this.
    at_most: Option<Level>,
}

/// Checks the invariants of every report; returns a list of problems (empty when sane).
fn problems(text: &str, r: &Report) -> Vec<String> {
    let mut p = Vec::new();
    if r.level != Level::from_score(r.score) || r.score > 100 {
        p.push(format!(
            "level {:?} does not match score {}",
            r.level, r.score
        ));
    }
    if r.input.bytes != text.len()
        || r.input.checked_bytes > text.len()
        || r.input.checked_bytes > MAX_INPUT_BYTES
    {
        p.push(format!(
            "input info {:?} wrong for {} bytes",
            r.input,
            text.len()
        ));
    }
    if r.input.truncated != (r.input.checked_bytes < text.len()) {
        p.push("input.truncated disagrees with checked_bytes".into());
    }
    if r.entities.len() > MAX_ENTITIES {
        p.push(format!("{} entities, over the limit", r.entities.len()));
    }
    if r.rules_version.is_empty() || r.rules_hash.len() != 16 {
        p.push("rules version or hash missing".into());
    }
    let checked = &text[..r.input.checked_bytes.min(text.len())];
    let mut spans = Vec::new();
    for s in &r.signals {
        if !RULES.iter().any(|d| d.id == s.rule) {
            p.push(format!("signal {} is not a rule of the pack", s.rule));
        }
        if s.spans.len() > MAX_SPANS_PER_SIGNAL {
            p.push(format!("signal {} lists {} spans", s.rule, s.spans.len()));
        }
        if s.explanation.contains('{') {
            p.push(format!(
                "signal {} has an unfilled placeholder: {}",
                s.rule, s.explanation
            ));
        }
        spans.extend(s.spans.iter().copied());
    }
    spans.extend(r.entities.iter().map(|e| e.span));
    // One pass over the text for the UTF-16 offsets of every span boundary.
    let mut bounds: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut units = std::collections::HashMap::new();
    let (mut at, mut u16s) = (0usize, 0usize);
    for b in bounds {
        if b > checked.len() || !checked.is_char_boundary(b) {
            p.push(format!(
                "span boundary {b} is not a character boundary of the checked text"
            ));
            continue;
        }
        u16s += checked[at..b].encode_utf16().count();
        at = b;
        units.insert(b, u16s);
    }
    for s in spans {
        if s.start > s.end {
            p.push(format!("span {s:?} is reversed"));
        }
        if let (Some(&a), Some(&b)) = (units.get(&s.start), units.get(&s.end)) {
            if (a, b) != (s.start16, s.end16) {
                p.push(format!("span {s:?}: UTF-16 offsets should be {a}..{b}"));
            }
        }
    }
    p
}

fn expectations(text: &str, r: &Report, want: Expect) -> Vec<String> {
    let mut p = Vec::new();
    if want.truncated {
        let n = r.input.checked_bytes.to_string();
        if !r.input.truncated || !r.notes.iter().any(|s| s.contains(&n)) {
            p.push(format!(
                "expected a truncation note naming {n} bytes, notes: {:?}",
                r.notes
            ));
        }
    }
    if let Some(n) = want.note_has {
        if !r.notes.iter().any(|s| s.contains(&n.to_string())) {
            p.push(format!("expected a note naming {n}, notes: {:?}", r.notes));
        }
    }
    if let Some(rule) = want.rule {
        if !r.signals.iter().any(|s| s.rule == rule) {
            let got: Vec<_> = r.signals.iter().map(|s| s.rule).collect();
            p.push(format!("rule {rule} did not fire (got {got:?})"));
        }
    }
    if let Some(max) = want.at_most {
        if r.level > max {
            p.push(format!(
                "level {:?} (score {}) above {max:?}",
                r.level, r.score
            ));
        }
    }
    let _ = text;
    p
}

fn many_urls(n: usize) -> String {
    (0..n)
        .map(|i| format!("http://s{i}.example-{}.top/p?i={i} ", i % 97))
        .collect()
}

fn nested_percent(depth: usize) -> String {
    // "%" encoded `depth` times: %25252525…41
    format!(
        "http://example.com/{}41?q={}",
        "%".to_string() + &"25".repeat(depth),
        "%25".repeat(depth)
    )
}

type Case = (&'static str, Kind, fn() -> String, Expect);

fn cases() -> Vec<Case> {
    let none = Expect::default();
    let truncated = Expect {
        truncated: true,
        ..none
    };
    vec![
        (
            "empty text",
            Kind::Auto,
            || String::new(),
            Expect {
                at_most: Some(Level::Low),
                ..none
            },
        ),
        (
            "only spaces",
            Kind::Message,
            || " \t\n\u{3000} ".repeat(100),
            Expect {
                at_most: Some(Level::Low),
                ..none
            },
        ),
        ("empty as url", Kind::Url, || String::new(), none),
        ("empty as qr", Kind::Qr, || String::new(), none),
        ("lone http://", Kind::Auto, || "http://".into(), none),
        ("lone http:// as url", Kind::Url, || "http://".into(), none),
        (
            "lone https:/// as qr",
            Kind::Qr,
            || "https:///".into(),
            none,
        ),
        (
            "scheme only, many slashes",
            Kind::Url,
            || format!("http:{}", "/".repeat(10_000)),
            none,
        ),
        (
            "bidi override inside a domain",
            Kind::Url,
            || "http://icbc\u{202E}moc.nc\u{202C}.top/login".into(),
            Expect {
                rule: Some("text.bidi_control"),
                ..none
            },
        ),
        (
            "zero-width inside a domain",
            Kind::Url,
            || "https://ic\u{200B}bc.com.cn.vip/".into(),
            Expect {
                rule: Some("text.invisible_chars"),
                ..none
            },
        ),
        (
            "zero-width inside words",
            Kind::Message,
            || "刷\u{200B}单\u{200D}返\u{FEFF}利，先\u{2060}垫付".into(),
            Expect {
                rule: Some("text.invisible_chars"),
                ..none
            },
        ),
        (
            "bidi isolates in a message",
            Kind::Auto,
            || "\u{2067}请点击\u{2069} www.\u{202E}pot.cbci\u{202C}".into(),
            Expect {
                rule: Some("text.bidi_control"),
                ..none
            },
        ),
        (
            "only invisible characters",
            Kind::Auto,
            || "\u{200B}\u{202E}\u{FEFF}".repeat(1000),
            none,
        ),
        (
            "homoglyph flood (Cyrillic)",
            Kind::Auto,
            || "аррӏе.соm раура1.соm ".repeat(5000),
            none,
        ),
        (
            "homoglyph flood in one host",
            Kind::Url,
            || format!("http://{}.com/", "іcbс".repeat(1000)),
            none,
        ),
        (
            "full-width flood",
            Kind::Auto,
            || "ｈｔｔｐ：／／ｉｃｂｃ．ｃｏｍ ".repeat(5000),
            none,
        ),
        (
            "malformed punycode xn--",
            Kind::Url,
            || "http://xn--.com/".into(),
            none,
        ),
        (
            "malformed punycode xn--zz",
            Kind::Url,
            || "http://xn--zz.xn--zz/".into(),
            none,
        ),
        (
            "malformed punycode xn---",
            Kind::Url,
            || "http://xn---.top/".into(),
            none,
        ),
        (
            "malformed punycode in text",
            Kind::Message,
            || "访问 xn--.com xn--zz.top xn---.cn xn--ls8h.la xn--9999999999999999999a.com".into(),
            none,
        ),
        (
            "valid punycode",
            Kind::Url,
            || "http://xn--80ak6aa92e.com/".into(),
            Expect {
                rule: Some("url.punycode"),
                ..none
            },
        ),
        (
            "deeply nested percent-encoding",
            Kind::Url,
            || nested_percent(2000),
            none,
        ),
        (
            "percent-encoded host",
            Kind::Url,
            || format!("http://{}/", "%41".repeat(2000)),
            none,
        ),
        (
            "NUL bytes",
            Kind::Auto,
            || "刷单\0返利\0http://a.top/\0".repeat(100),
            none,
        ),
        (
            "NUL bytes in a url",
            Kind::Url,
            || "http://ex\0ample.com/\0".into(),
            none,
        ),
        (
            "control characters",
            Kind::Message,
            || (0u8..32).map(char::from).collect::<String>().repeat(500),
            none,
        ),
        (
            "lone surrogate-like escapes",
            Kind::Message,
            || "\\ud800\\udfff %ED%A0%80".repeat(100),
            none,
        ),
        (
            "astral characters",
            Kind::Message,
            || "😀𝕒𝕓𝕔🏦刷单".repeat(10_000),
            none,
        ),
        (
            "very long line without spaces",
            Kind::Message,
            || "a".repeat(MAX_INPUT_BYTES - 1),
            none,
        ),
        (
            "very long url",
            Kind::Url,
            || format!("https://example.com/{}", "a/".repeat(200_000)),
            none,
        ),
        (
            "very long host",
            Kind::Url,
            || format!("https://{}.com/", "a.".repeat(100_000)),
            none,
        ),
        (
            "very long url in a message",
            Kind::Message,
            || format!("点击 https://a.top/{} 领取", "x".repeat(500_000)),
            none,
        ),
        (
            "1 MB of text, exactly the limit",
            Kind::Message,
            || "刷单返利 ".repeat(MAX_INPUT_BYTES / 13) + &"a".repeat(MAX_INPUT_BYTES % 13),
            none,
        ),
        (
            "over 1 MB of ASCII",
            Kind::Auto,
            || "hello world ".repeat(100_000),
            truncated,
        ),
        (
            "over 1 MB cut inside a character",
            Kind::Message,
            || "a".to_string() + &"刷".repeat(MAX_INPUT_BYTES / 3 + 10),
            truncated,
        ),
        (
            "1 MB of one repeated CJK char",
            Kind::Message,
            || "刷".repeat(MAX_INPUT_BYTES / 3),
            none,
        ),
        (
            "over 1 MB as url",
            Kind::Url,
            || format!("http://a.com/{}", "b".repeat(MAX_INPUT_BYTES)),
            truncated,
        ),
        (
            "over 1 MB as qr",
            Kind::Qr,
            || format!("WIFI:S:{};;", "x".repeat(MAX_INPUT_BYTES)),
            truncated,
        ),
        (
            "repeated cue phrases",
            Kind::Message,
            || "刷单返利垫付做任务佣金".repeat(20_000),
            none,
        ),
        (
            "overlapping cue phrases",
            Kind::Message,
            || "先垫付先垫付先垫".repeat(30_000),
            none,
        ),
        (
            "10,000 URLs in one text",
            Kind::Message,
            || many_urls(10_000),
            Expect {
                note_has: Some(10_000),
                ..none
            },
        ),
        ("100,000 URLs", Kind::Auto, || many_urls(100_000), truncated),
        (
            "URLs just over the limit",
            Kind::Message,
            || many_urls(MAX_URLS + 1),
            Expect {
                note_has: Some(MAX_URLS + 1),
                ..none
            },
        ),
        (
            "100,000 bare domains",
            Kind::Message,
            || "a.top ".repeat(100_000),
            Expect {
                note_has: Some(100_000),
                ..none
            },
        ),
        (
            "many IP hosts",
            Kind::Message,
            || {
                (0..5000)
                    .map(|i| format!("http://10.0.{}.{}/ ", i / 256, i % 256))
                    .collect()
            },
            none,
        ),
        (
            "many userinfo urls",
            Kind::Message,
            || "http://icbc.com.cn@evil.top/ ".repeat(5000),
            none,
        ),
        (
            "IPv6 oddities",
            Kind::Url,
            || "http://[::ffff:1.2.3.4]:99999/".into(),
            none,
        ),
        (
            "unterminated IPv6",
            Kind::Url,
            || "http://[::1/".into(),
            none,
        ),
        (
            "negation flood (was quadratic)",
            Kind::Message,
            || "不会垫付".repeat(MAX_INPUT_BYTES / 12),
            none,
        ),
        (
            "conditions and negations in one long clause",
            Kind::Message,
            || "如果不会垫付 if not ".repeat(MAX_INPUT_BYTES / 30),
            none,
        ),
        (
            "host of 300,000 labels (was quadratic)",
            Kind::Url,
            || format!("http://{}com/", "ab.".repeat(MAX_INPUT_BYTES / 3 - 4)),
            none,
        ),
        (
            "many long many-label hosts in a text",
            Kind::Message,
            || format!("http://{}com/ ", "ab.".repeat(1300)).repeat(200),
            none,
        ),
        // Found by fuzz/check: QR spans were relative to the trimmed payload.
        (
            "fuzz: QR payload after leading whitespace",
            Kind::Qr,
            || "\t\tbitcoin:b\u{FFFD}0\u{4}\u{FFFD}\u{10}o-\u{FFFD}@".into(),
            Expect {
                rule: Some("qr.crypto"),
                ..none
            },
        ),
        // Found by fuzz/check: a punycode host whose Unicode form has the same byte length
        // was taken for an ASCII host and sliced inside a character.
        (
            "fuzz: punycode host as long as its Unicode form",
            Kind::Url,
            || "\txn--lqaAsArs".into(),
            none,
        ),
        (
            "punycode host of equal length in a URL",
            Kind::Auto,
            || "http://www.xn--lqaasars.com/login".into(),
            none,
        ),
        (
            "QR payloads with no body",
            Kind::Qr,
            || "WIFI:".into(),
            none,
        ),
        (
            "QR vcard flood",
            Kind::Qr,
            || format!("BEGIN:VCARD\n{}END:VCARD", "TEL:10086\n".repeat(50_000)),
            none,
        ),
        (
            "javascript url",
            Kind::Url,
            || format!("javascript:{}", "alert(1);".repeat(10_000)),
            Expect {
                rule: Some("url.script_scheme"),
                ..none
            },
        ),
        (
            "anti-fraud education stays low",
            Kind::Message,
            || "凡是刷单都是诈骗，不要垫付。".into(),
            Expect {
                at_most: Some(Level::Medium),
                ..none
            },
        ),
    ]
}

#[test]
fn hostile_inputs_get_sane_reports() {
    let mut failures = Vec::new();
    for (name, kind, make, want) in cases() {
        let text = make();
        for lang in [Lang::Zh, Lang::En] {
            let r = engine().check(&text, &CheckOptions { kind, lang });
            let mut p = problems(&text, &r);
            p.extend(expectations(&text, &r, want));
            if !p.is_empty() {
                failures.push(format!("{name} ({lang:?}): {}", p.join("; ")));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} hostile cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn qr_signals_cover_the_payload_not_the_padding() {
    let cases: &[(&str, &str, &str)] = &[
        ("  wxp://f2f0abc  ", "qr.payment", "wxp://f2f0abc"),
        ("\n\tbitcoin:bc1q刷\n", "qr.crypto", "bitcoin:bc1q刷"),
        (
            "\u{3000}otpauth://totp/x?secret=AB",
            "qr.otp",
            "otpauth://totp/x?secret=AB",
        ),
    ];
    for (text, rule, covered) in cases {
        let r = engine().check(
            text,
            &CheckOptions {
                kind: Kind::Qr,
                lang: Lang::En,
            },
        );
        let sig = r
            .signals
            .iter()
            .find(|s| s.rule == *rule)
            .unwrap_or_else(|| panic!("{rule} did not fire on {text:?}"));
        let got: Vec<&str> = sig.spans.iter().map(|sp| &text[sp.start..sp.end]).collect();
        assert_eq!(got, vec![*covered], "spans of {rule} in {text:?}");
    }
}

#[test]
fn the_checker_notices_it_was_given_too_much() {
    // A note is the only way a caller learns part of the input went unread.
    let text = "x".repeat(MAX_INPUT_BYTES + 1);
    let r = engine().check(&text, &CheckOptions::default());
    assert!(r.input.truncated);
    assert_eq!(r.input.checked_bytes, MAX_INPUT_BYTES);
    assert!(!r.notes.is_empty());
}

// ---- the CLI ----

fn batch(input: &[u8], args: &[&str]) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_scamcheck"))
        .arg("batch")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn scamcheck");
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().expect("scamcheck runs");
    writer.join().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).expect("output is UTF-8"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// What one output line must be: a report (with `score`) or an error naming a line number.
#[derive(Debug, PartialEq)]
enum Line {
    Report,
    ErrorAt(u64),
    ErrorNamingId,
}

#[test]
fn batch_reports_bad_lines_and_goes_on() {
    let long = format!(
        "{{\"id\":\"long\",\"text\":\"{}\"}}\n",
        "刷单".repeat(400_000)
    );
    let cases: &[(&str, Vec<u8>, &[Line])] = &[
        (
            "invalid UTF-8 between good lines",
            b"{\"text\":\"hi\"}\n\xff\xfe\xfd\n{\"text\":\"http://1.2.3.4/\"}\n".to_vec(),
            &[Line::Report, Line::ErrorAt(2), Line::Report],
        ),
        (
            "not JSON",
            b"hello\n{\"text\":\"x\"}\n[1,2]\n".to_vec(),
            &[Line::ErrorAt(1), Line::Report, Line::ErrorAt(3)],
        ),
        (
            "JSON without text keeps its id",
            b"{\"id\":7}\n{\"id\":8,\"text\":\"ok\"}\n".to_vec(),
            &[Line::ErrorNamingId, Line::Report],
        ),
        (
            "unknown kind",
            b"{\"text\":\"x\",\"kind\":\"bogus\"}\n".to_vec(),
            &[Line::ErrorAt(1)],
        ),
        (
            "NUL bytes and a truncated line",
            b"{\"text\":\"a\\u0000b\"}\n\0\0\0\n{\"text\":\"tail\"".to_vec(),
            &[Line::Report, Line::ErrorAt(2), Line::ErrorAt(3)],
        ),
        (
            "CRLF and blank lines",
            b"\r\n{\"text\":\"x\"}\r\n\r\n   \n{\"text\":\"y\"}\r\n".to_vec(),
            &[Line::Report, Line::Report],
        ),
        ("empty input", Vec::new(), &[]),
        ("a very long line", long.into_bytes(), &[Line::Report]),
        (
            "invalid UTF-8 inside a JSON string",
            b"{\"text\":\"\xc3\x28\"}\n{\"text\":\"ok\"}\n".to_vec(),
            &[Line::ErrorAt(1), Line::Report],
        ),
    ];
    let mut failures = Vec::new();
    for (name, input, want) in cases {
        let (code, out, err) = batch(input, &[]);
        if code != Some(0) {
            failures.push(format!("{name}: exit {code:?}, stderr {err}"));
            continue;
        }
        let got: Vec<Result<Line, String>> = out
            .lines()
            .map(|l| {
                let v: serde_json::Value =
                    serde_json::from_str(l).map_err(|e| format!("output line is not JSON: {e}"))?;
                if v.get("error").is_some() {
                    match (v.get("line").and_then(|n| n.as_u64()), v.get("id")) {
                        (Some(n), _) => Ok(Line::ErrorAt(n)),
                        (None, Some(_)) => Ok(Line::ErrorNamingId),
                        _ => Err(format!("error line names no line or id: {l}")),
                    }
                } else if v.get("score").is_some() && v.get("id").is_some() {
                    Ok(Line::Report)
                } else {
                    Err(format!(
                        "neither report nor error: {}",
                        &l[..l.len().min(200)]
                    ))
                }
            })
            .collect();
        let got: Result<Vec<Line>, String> = got.into_iter().collect();
        match got {
            Ok(lines) if lines == *want => {}
            Ok(lines) => failures.push(format!("{name}: got {lines:?}, want {want:?}")),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn batch_usage_errors_exit_with_status_2() {
    let cases: &[(&[&str], i32)] = &[
        (&["--kind"], 2),
        (&["--frobnicate"], 2),
        (&["extra-text"], 2),
        (&["--lang", "en"], 0),
    ];
    for (args, want) in cases {
        let (code, _, err) = batch(b"{\"text\":\"x\"}\n", args);
        assert_eq!(code, Some(*want), "batch {args:?}: stderr {err}");
    }
}
