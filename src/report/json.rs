//! Compact JSON of a [`Report`], written by hand for the batch CLI: the same bytes as
//! `serde_json::to_writer`, at a fraction of the instructions. serde_json looks up every byte
//! of every string in its escape table; most of a report's text is Chinese explanations and
//! advice that need no escape, which [`push_str`] finds out a block of bytes at a time and then
//! copies whole.

use super::{Entity, FamilyMatch, InputInfo, Report, Signal, Span};

impl Report {
    /// Appends the report as compact JSON to `out`: byte for byte what
    /// `serde_json::to_writer(out, self)` writes.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"kind\":");
        push_str(out, self.kind.name());
        out.extend_from_slice(b",\"lang\":");
        push_str(out, self.lang.name());
        out.extend_from_slice(b",\"score\":");
        push_uint(out, self.score.into());
        out.extend_from_slice(b",\"level\":");
        push_str(out, self.level.name());
        out.extend_from_slice(b",\"level_label\":");
        push_str(out, self.level_label);
        out.extend_from_slice(b",\"families\":");
        push_list(out, &self.families, push_family);
        out.extend_from_slice(b",\"signals\":");
        push_list(out, &self.signals, push_signal);
        out.extend_from_slice(b",\"advice\":");
        push_list(out, &self.advice, |out, s| push_str(out, s));
        out.extend_from_slice(b",\"entities\":");
        push_list(out, &self.entities, push_entity);
        out.extend_from_slice(b",\"notes\":");
        push_list(out, &self.notes, |out, s| push_str(out, s));
        out.extend_from_slice(b",\"input\":");
        push_input(out, &self.input);
        out.extend_from_slice(b",\"rules_version\":");
        push_str(out, self.rules_version);
        out.extend_from_slice(b",\"rules_hash\":");
        push_str(out, self.rules_hash);
        out.push(b'}');
    }
}

fn push_family(out: &mut Vec<u8>, f: &FamilyMatch) {
    out.extend_from_slice(b"{\"id\":");
    push_str(out, f.id);
    out.extend_from_slice(b",\"name\":");
    push_str(out, f.name);
    out.extend_from_slice(b",\"summary\":");
    push_str(out, f.summary);
    out.extend_from_slice(b",\"score\":");
    push_uint(out, f.score.into());
    out.push(b'}');
}

fn push_signal(out: &mut Vec<u8>, s: &Signal) {
    out.extend_from_slice(b"{\"rule\":");
    push_str(out, s.rule);
    if let Some(family) = s.family {
        out.extend_from_slice(b",\"family\":");
        push_str(out, family);
    }
    out.extend_from_slice(b",\"weight\":");
    if s.weight < 0 {
        out.push(b'-');
    }
    push_uint(out, s.weight.unsigned_abs().into());
    out.extend_from_slice(b",\"spans\":");
    push_list(out, &s.spans, push_span);
    out.extend_from_slice(b",\"explanation\":");
    push_str(out, &s.explanation);
    out.push(b'}');
}

fn push_entity(out: &mut Vec<u8>, e: &Entity) {
    out.extend_from_slice(b"{\"kind\":");
    push_str(out, e.kind);
    out.extend_from_slice(b",\"text\":");
    push_str(out, &e.text);
    out.extend_from_slice(b",\"span\":");
    push_span(out, &e.span);
    out.push(b'}');
}

fn push_span(out: &mut Vec<u8>, s: &Span) {
    out.extend_from_slice(b"{\"start\":");
    push_uint(out, s.start as u64);
    out.extend_from_slice(b",\"end\":");
    push_uint(out, s.end as u64);
    out.extend_from_slice(b",\"start16\":");
    push_uint(out, s.start16 as u64);
    out.extend_from_slice(b",\"end16\":");
    push_uint(out, s.end16 as u64);
    out.push(b'}');
}

fn push_input(out: &mut Vec<u8>, i: &InputInfo) {
    out.extend_from_slice(b"{\"bytes\":");
    push_uint(out, i.bytes as u64);
    out.extend_from_slice(b",\"checked_bytes\":");
    push_uint(out, i.checked_bytes as u64);
    out.extend_from_slice(b",\"truncated\":");
    out.extend_from_slice(if i.truncated { b"true" } else { b"false" });
    out.push(b'}');
}

/// `[item,item,…]`, each item written by `push`.
fn push_list<T>(out: &mut Vec<u8>, items: &[T], push: impl Fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push(out, item);
    }
    out.push(b']');
}

/// `n` in decimal.
fn push_uint(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// True for the bytes JSON strings escape: `"`, `\` and the controls below U+0020.
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// `s` as a JSON string, escaped as serde_json escapes it (`\n`, `\"`, `\u001b`, …; everything
/// else, `DEL` and non-ASCII included, as is).
fn push_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let mut rest = s.as_bytes();
    loop {
        let run = clean_prefix(rest);
        out.extend_from_slice(&rest[..run]);
        let Some((&b, tail)) = rest[run..].split_first() else {
            break;
        };
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xf)]);
            }
        }
        rest = tail;
    }
    out.push(b'"');
}

/// How many bytes `bytes` starts with that need no escape. Tested 16 bytes at a time with no
/// early exit inside a block, which the compiler turns into a few vector instructions.
fn clean_prefix(bytes: &[u8]) -> usize {
    let mut clean = 0;
    for block in bytes.chunks_exact(16) {
        if block.iter().fold(false, |any, &b| any | needs_escape(b)) {
            break;
        }
        clean += 16;
    }
    clean
        + bytes[clean..]
            .iter()
            .position(|&b| needs_escape(b))
            .unwrap_or(bytes.len() - clean)
}

#[cfg(test)]
mod tests {
    use crate::{CheckOptions, Engine, Kind, Lang};

    #[test]
    fn writes_what_serde_json_writes() {
        let long = "转账".repeat(400_000);
        let cases: &[(&str, Kind, Lang)] = &[
            ("", Kind::Auto, Lang::Zh),
            ("https://www.icbc.com.cn/", Kind::Auto, Lang::Zh),
            ("http://paypa1-login.top/verify?acct=1", Kind::Url, Lang::En),
            (
                "您好，我是客服。刷单返利，日赚300元，先垫付后返还。加QQ 123456789，转账到 6222021234567890123。",
                Kind::Auto,
                Lang::Zh,
            ),
            (
                "Daily return 3%, guaranteed profit! \"VIP\" group\\ \t\n\r\u{8}\u{c}\u{1}\u{1f}\u{7f} \u{202E}x\u{200B} 😀",
                Kind::Auto,
                Lang::En,
            ),
            ("WIFI:T:WPA;S:home;P:secret;;", Kind::Auto, Lang::En),
            ("日收益3%，稳赚不赔，内部消息，带你投资", Kind::Pitch, Lang::Zh),
            (&long, Kind::Message, Lang::Zh),
        ];
        let engine = Engine::new();
        for (text, kind, lang) in cases {
            let report = engine.check(
                text,
                &CheckOptions {
                    kind: *kind,
                    lang: *lang,
                },
            );
            let mut ours = Vec::new();
            report.write_json(&mut ours);
            let want = serde_json::to_vec(&report).unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(want).unwrap(),
                "{:?}",
                crate::limits::prefix(text, 80)
            );
        }
    }

    #[test]
    fn escapes_every_byte_as_serde_json() {
        let every: String = (0u8..=0x7f)
            .map(char::from)
            .chain(['é', '中', '😀'])
            .collect();
        for s in ["", "a", every.as_str(), &every.repeat(3)[5..]] {
            let mut ours = Vec::new();
            super::push_str(&mut ours, s);
            assert_eq!(ours, serde_json::to_vec(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn writes_numbers_as_serde_json() {
        for n in [0u64, 1, 9, 10, 99, 100, 65_535, u64::MAX] {
            let mut ours = Vec::new();
            super::push_uint(&mut ours, n);
            assert_eq!(ours, n.to_string().into_bytes());
        }
    }
}
