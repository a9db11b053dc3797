//! Contact handles written in a text: WeChat and QQ ids, Telegram and WhatsApp contacts,
//! Alipay accounts. Works on the folded view, where spellings such as `薇信`, `VX`, `扣扣` and
//! `纸飞机` already read `微信`, `qq` and `telegram`.

/// The app a handle belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum App {
    /// WeChat (微信).
    WeChat,
    /// QQ.
    Qq,
    /// Telegram.
    Telegram,
    /// WhatsApp.
    WhatsApp,
    /// Alipay (支付宝).
    Alipay,
}

impl App {
    /// The app's name for reports.
    pub fn name(self) -> &'static str {
        match self {
            App::WeChat => "WeChat",
            App::Qq => "QQ",
            App::Telegram => "Telegram",
            App::WhatsApp => "WhatsApp",
            App::Alipay => "Alipay",
        }
    }
}

/// A handle found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundHandle {
    /// Byte range of the handle (without the app's name).
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The app.
    pub app: App,
    /// The handle as written.
    pub handle: String,
}

const LABELS: &[(&str, App)] = &[
    ("微信", App::WeChat),
    ("qq", App::Qq),
    ("telegram", App::Telegram),
    ("whatsapp", App::WhatsApp),
    ("支付宝", App::Alipay),
];

/// Words allowed between the app's name and the handle (`微信号：`, `qq群 `, `支付宝账号是`).
const JOINERS: &[&str] = &[
    "号码", "账号", "账户", "号", "群", "id", "是", "为", "搜", "联系", ":", "：", " ", "@", "/",
    "-",
];

fn handle_char(app: App, b: u8) -> bool {
    match app {
        App::Qq => b.is_ascii_digit(),
        App::WhatsApp => b.is_ascii_digit() || b == b'+',
        App::Alipay => b.is_ascii_alphanumeric() || matches!(b, b'@' | b'.' | b'_' | b'-'),
        App::WeChat | App::Telegram => b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'),
    }
}

/// Per byte value: true for the last byte of a label.
const LABEL_LAST: [bool; 256] = {
    let mut last = [false; 256];
    let mut i = 0;
    while i < LABELS.len() {
        let label = LABELS[i].0.as_bytes();
        last[label[label.len() - 1] as usize] = true;
        i += 1;
    }
    last
};

/// The labels' last bytes, each once and in every byte of a word, and how many there are.
const LAST_KEYS: ([u64; LABELS.len()], usize) = {
    let mut keys = [0; LABELS.len()];
    let mut n = 0;
    let mut b = 0;
    while b < 256 {
        if LABEL_LAST[b] {
            keys[n] = super::ONES * b as u64;
            n += 1;
        }
        b += 1;
    }
    (keys, n)
};

/// Where the labels stand in `bytes`: (index in [`LABELS`], offset), sorted by label and then
/// offset, the occurrences of one label not overlapping. That is what a search for each label
/// in turn finds, here in one pass over the text: eight bytes at a time, it looks for the
/// labels' last bytes and compares the labels only there.
fn label_positions(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    // Where each label may start next: its occurrences do not overlap.
    let mut next = [0; LABELS.len()];
    // Records the labels that end at byte `end`.
    let mut ending_at = |end: usize| {
        if !LABEL_LAST[usize::from(bytes[end])] {
            return;
        }
        for (k, (label, _)) in LABELS.iter().enumerate() {
            let Some(start) = (end + 1).checked_sub(label.len()) else {
                continue;
            };
            if start >= next[k] && bytes[start..=end] == *label.as_bytes() {
                found.push((k, start));
                next[k] = end + 1;
            }
        }
    };
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // The high bit of each byte equal to a last byte (and perhaps of some above one,
        // which are checked all the same).
        let mut maybe = 0;
        for key in &LAST_KEYS.0[..LAST_KEYS.1] {
            let y = x ^ key;
            maybe |= y.wrapping_sub(super::ONES) & !y & super::HIGH;
        }
        while maybe != 0 {
            ending_at(at + maybe.trailing_zeros() as usize / 8);
            maybe &= maybe - 1;
        }
        at += 8;
    }
    (at..bytes.len()).for_each(ending_at);
    // No two entries are equal: an unstable sort (whose code the wasm module holds already)
    // keeps each label's offsets in order.
    found.sort_unstable();
    found
}

/// Finds handles that follow an app's name, at most `max`.
pub fn find_handles(text: &str, max: usize) -> Vec<FoundHandle> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for (k, pos) in label_positions(bytes) {
        let (label, app) = &LABELS[k];
        let mut i = pos + label.len();
        if out.len() >= max {
            return out;
        }
        // Skip joiners, at most four of them.
        for _ in 0..4 {
            match JOINERS.iter().find(|j| super::has_prefix(&text[i..], j)) {
                Some(j) => i += j.len(),
                None => break,
            }
        }
        let start = i;
        while i < bytes.len() && handle_char(*app, bytes[i]) {
            i += 1;
        }
        let h = text[start..i].trim_end_matches(['.', '-']);
        let end = start + h.len();
        let ok = match app {
            App::Qq => (5..=11).contains(&h.len()) && !h.starts_with('0'),
            App::WhatsApp => h.trim_start_matches('+').len() >= 8,
            App::WeChat => {
                (6..=20).contains(&h.len())
                    && (h.as_bytes()[0].is_ascii_alphabetic()
                        || (h.len() == 11 && h.starts_with('1')))
            }
            App::Telegram => (5..=32).contains(&h.len()) && h.as_bytes()[0].is_ascii_alphabetic(),
            App::Alipay => {
                h.len() >= 6
                    && (h.contains('@') || h.bytes().filter(u8::is_ascii_digit).count() >= 11)
            }
        };
        if ok && !out.iter().any(|f: &FoundHandle| f.start == start) {
            out.push(FoundHandle {
                start,
                end,
                app: *app,
                handle: h.to_string(),
            });
        }
    }
    out.sort_by_key(|h| h.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_labels_a_search_for_each_in_turn_finds() {
        let texts = [
            "",
            "qqq qqqq 微信微信，支付宝telegramwhatsapp微",
            "加微信：abc_12345 详聊，qq号 123456789 或 telegram/richclub",
            "信宝qq",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            let mut want = Vec::new();
            for (k, (label, _)) in LABELS.iter().enumerate() {
                let mut from = 0;
                while let Some(pos) = crate::extract::find_word(bytes, from, label.as_bytes()) {
                    want.push((k, pos));
                    from = pos + label.len();
                }
            }
            assert_eq!(label_positions(bytes), want, "{text:?}");
        }
    }

    #[test]
    fn finds_handles_after_app_names() {
        let cases: &[(&str, &[(App, &str)])] = &[
            ("加微信：abc_12345 详聊", &[(App::WeChat, "abc_12345")]),
            ("qq号 123456789", &[(App::Qq, "123456789")]),
            ("telegram @fastmoney88", &[(App::Telegram, "fastmoney88")]),
            ("telegram/richclub", &[(App::Telegram, "richclub")]),
            ("whatsapp +44 7700 900123", &[]),
            (
                "whatsapp +447700900123",
                &[(App::WhatsApp, "+447700900123")],
            ),
            ("支付宝账号 13812345678", &[(App::Alipay, "13812345678")]),
            ("我用微信付款了", &[]),
            ("qq音乐", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<(App, String)> = find_handles(text, 8)
                .into_iter()
                .map(|h| (h.app, h.handle))
                .collect();
            let want: Vec<(App, String)> = want.iter().map(|(a, h)| (*a, h.to_string())).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
