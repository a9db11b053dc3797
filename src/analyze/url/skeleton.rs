//! Look-alike folding (a UTS #39 style skeleton restricted to what can imitate an ASCII host)
//! and mixed-script detection.

use super::confusables::CONFUSABLES;

/// Writes the skeleton of `label` into `out`: Unicode look-alikes become the ASCII letters they
/// imitate (Cyrillic `а` → `a`, `é` → `e`), and ASCII pairs that pass for one another fold
/// together (`0`→`o`, `1`/`i`/`|`→`l`, `rn`→`m`, `vv`→`w`). Hyphens are kept; other characters
/// that imitate nothing are kept as they are. Returns false when the label holds a character
/// that is neither ASCII nor a known look-alike (such a label cannot pass for a brand).
pub fn skeleton_into(label: &str, out: &mut String) -> bool {
    out.clear();
    let mut pure = true;
    for c in label.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii() {
            push_ascii(out, c as u8);
        } else if let Ok(i) = CONFUSABLES.binary_search_by_key(&c, |e| e.0) {
            let [a, b] = CONFUSABLES[i].1;
            push_ascii(out, a);
            if b != 0 {
                push_ascii(out, b);
            }
        } else {
            pure = false;
            out.push(c);
        }
    }
    pure
}

fn push_ascii(out: &mut String, b: u8) {
    let folded = match b {
        b'0' => b'o',
        b'1' | b'i' | b'|' => b'l',
        _ => b,
    };
    // Two-letter look-alikes fold when their second letter arrives.
    if folded == b'n' && out.ends_with('r') {
        out.pop();
        out.push('m');
    } else if folded == b'v' && out.ends_with('v') {
        out.pop();
        out.push('w');
    } else if folded == b'l' && out.ends_with('c') {
        out.pop();
        out.push('d');
    } else {
        out.push(folded as char);
    }
}

/// The script class of a letter, for mixed-script checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Common,
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Cherokee,
    Cjk,
    Other,
}

fn script(c: char) -> Script {
    match c as u32 {
        0x30..=0x39 | 0x2d | 0x5f => Script::Common,
        0x41..=0x5a | 0x61..=0x7a | 0xc0..=0x24f | 0x1e00..=0x1eff => Script::Latin,
        0x370..=0x3ff | 0x1f00..=0x1fff => Script::Greek,
        0x400..=0x52f | 0x1c80..=0x1c8f | 0x2de0..=0x2dff | 0xa640..=0xa69f => Script::Cyrillic,
        0x530..=0x58f => Script::Armenian,
        0x13a0..=0x13ff | 0xab70..=0xabbf => Script::Cherokee,
        0x2e80..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff | 0x20000..=0x3ffff => Script::Cjk,
        c if c < 0x80 => Script::Common,
        _ => Script::Other,
    }
}

/// True when one label mixes Latin letters with Greek, Cyrillic, Armenian or Cherokee ones, or
/// Greek with Cyrillic (UTS #39 "highly restrictive" would refuse it). Han, kana and Hangul with
/// Latin are normal (`淘宝vip`) and not reported.
pub fn is_mixed_script(label: &str) -> bool {
    let mut seen = [false; 8];
    for c in label.chars() {
        seen[script(c) as usize] = true;
    }
    let latin = seen[Script::Latin as usize];
    let confusable = [
        Script::Greek,
        Script::Cyrillic,
        Script::Armenian,
        Script::Cherokee,
    ]
    .iter()
    .filter(|s| seen[**s as usize])
    .count();
    (latin && confusable > 0) || confusable > 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons() {
        let cases = [
            ("icbc", "lcbc", true),
            ("1cbc", "lcbc", true),
            ("paypa1", "paypal", true),
            ("rnyetherwallet", "myetherwallet", true),
            ("g00gle", "google", true),
            ("аррӏе", "apple", true), // Cyrillic
            ("myetherwallét", "myetherwallet", true),
            ("vvechat", "wechat", true),
            ("淘宝", "淘宝", false),
            ("ICBC-VIP", "lcbc-vlp", true),
        ];
        let mut out = String::new();
        for (label, want, pure) in cases {
            let got_pure = skeleton_into(label, &mut out);
            assert_eq!((out.as_str(), got_pure), (want, pure), "{label}");
        }
    }

    #[test]
    fn mixed_scripts() {
        let cases = [
            ("apple", false),
            ("аррӏе", false), // all Cyrillic: confusable, but one script
            ("аpple", true),  // Cyrillic а + Latin
            ("淘宝vip", false),
            ("münchen", false),
            ("αβγабв", true),
            ("", false),
        ];
        for (label, want) in cases {
            assert_eq!(is_mixed_script(label), want, "{label}");
        }
    }
}
