//! Entity extraction: what a text names that can be checked on its own.

pub mod amounts;
pub mod cards;
pub mod crypto;
pub mod handles;
pub mod phones;
pub mod rates;
pub mod urls;

pub use urls::{find_urls, FoundUrl};

/// Each byte of a word (`u64`) with only its low bit set.
const ONES: u64 = 0x0101_0101_0101_0101;
/// Each byte of a word with only its high bit set.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// `text.starts_with(word)` for the short words of a list scan (the extractors', the variant
/// forms', the QR classifier's), compared byte by byte in place: they try dozens of words at
/// each place of a text, and in the wasm build `starts_with` calls a `memcmp` that costs more
/// than the comparison.
#[inline]
pub(crate) fn has_prefix(text: impl AsRef<[u8]>, word: impl AsRef<[u8]>) -> bool {
    let (text, word) = (text.as_ref(), word.as_ref());
    text.len() >= word.len() && text.iter().zip(word).all(|(a, b)| a == b)
}

/// `text.ends_with(word)`, compared in place as [`has_prefix`] does.
#[inline]
pub(crate) fn has_suffix(text: impl AsRef<[u8]>, word: impl AsRef<[u8]>) -> bool {
    let (text, word) = (text.as_ref(), word.as_ref());
    text.len() >= word.len() && has_prefix(&text[text.len() - word.len()..], word)
}

/// The first offset at or after `from` whose byte satisfies `wanted` (`bytes.len()` when
/// none does): the extractors step over the text between the bytes they start at (digits,
/// mostly) with this tight loop. `wanted` must hold for ASCII bytes only: eight bytes at a
/// time, it is asked only about the ASCII ones (few in a Chinese text).
pub(crate) fn skip_to(bytes: &[u8], from: usize, wanted: impl Fn(u8) -> bool) -> usize {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        // The high bit of each ASCII byte.
        let mut ascii = !u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & HIGH;
        while ascii != 0 {
            let k = ascii.trailing_zeros() as usize / 8;
            if wanted(chunk[k]) {
                return at + k;
            }
            ascii &= ascii - 1;
        }
        at += 8;
    }
    bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|b| wanted(*b)))
        .map_or(bytes.len(), |k| at + k)
}

/// The first offset at or after `from` where `word` (not empty) occurs in `bytes`, like
/// `str::find` on `&text[from..]` but cheaper for the short words the extractors look for:
/// it looks for the word's last byte eight bytes at a time, and compares only there.
pub(crate) fn find_word(bytes: &[u8], from: usize, word: &[u8]) -> Option<usize> {
    let last = word.len() - 1;
    let key = ONES * u64::from(word[last]);
    // The offset of the last byte of a possible occurrence.
    let mut at = from + last;
    while at < bytes.len() {
        let k = match bytes.get(at..at + 8) {
            Some(chunk) => {
                // The bytes of `chunk` XOR key that are zero have their high bit set here,
                // and so may some above them: the lowest one set is the first key byte.
                let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) ^ key;
                let zero = x.wrapping_sub(ONES) & !x & HIGH;
                if zero == 0 {
                    at += 8;
                    continue;
                }
                zero.trailing_zeros() as usize / 8
            }
            None if bytes[at] == word[last] => 0,
            None => {
                at += 1;
                continue;
            }
        };
        at += k;
        if has_prefix(&bytes[at - last..], word) {
            return Some(at - last);
        }
        at += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXTS: &[&str] = &[
        "",
        "qq",
        "加qq 12345678，或微信abc_123；qqq 支付宝账号 x@y.cn",
        "百分之五百分之三，日息千分之三，万分之八十 and 3% per day",
        "telegram: @user12345 whatsapp +44 7700 900123 telegramtelegram",
    ];

    #[test]
    fn find_word_is_str_find() {
        for text in TEXTS {
            for word in ["qq", "微信", "支付宝", "telegram", "分之", "q", "3", "，"] {
                for from in (0..=text.len()).filter(|i| text.is_char_boundary(*i)) {
                    let want = text[from..].find(word).map(|k| from + k);
                    let got = find_word(text.as_bytes(), from, word.as_bytes());
                    assert_eq!(got, want, "{word:?} in {text:?} from {from}");
                }
            }
        }
    }

    #[test]
    fn has_prefix_and_suffix_are_starts_with_and_ends_with() {
        for text in TEXTS {
            for word in [
                "",
                "qq",
                "加qq",
                "telegram",
                "day",
                "x@y.cn",
                "百分之五百分之三，日息千分之三，万分之八十 and 3% per day!",
            ] {
                for at in (0..=text.len()).filter(|i| text.is_char_boundary(*i)) {
                    let (head, tail) = text.split_at(at);
                    assert_eq!(
                        has_prefix(tail, word),
                        tail.starts_with(word),
                        "{tail:?} {word:?}"
                    );
                    assert_eq!(
                        has_suffix(head, word),
                        head.ends_with(word),
                        "{head:?} {word:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn skip_to_finds_the_first_wanted_byte() {
        for text in TEXTS {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                let want = (from..bytes.len())
                    .find(|i| bytes[*i].is_ascii_digit())
                    .unwrap_or(bytes.len());
                assert_eq!(skip_to(bytes, from, |b| b.is_ascii_digit()), want);
            }
        }
    }
}
