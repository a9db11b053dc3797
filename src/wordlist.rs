//! A short fixed list of words looked for in a text: one pass over the text that tries only
//! the words that may start at the byte pair at hand, instead of one `str::contains` per word.

/// Buckets of the filter on a word's first two bytes.
const BUCKETS: usize = 1024;

/// The filter bucket of a word starting with bytes `a`, `b`.
const fn bucket(a: u8, b: u8) -> usize {
    ((a as usize) * 37 + (b as usize)) % BUCKETS
}

/// A fixed list of words and a filter of the byte pairs they start with. Build it in a
/// `const`.
#[derive(Debug, Clone, Copy)]
pub struct WordList {
    words: &'static [&'static str],
    /// Bit `bucket(a, b)` is set when some word starts with bytes `a`, `b`.
    starts: [u64; BUCKETS / 64],
}

impl WordList {
    /// A list of `words`; each must be at least two bytes long.
    pub const fn new(words: &'static [&'static str]) -> Self {
        let mut starts = [0u64; BUCKETS / 64];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            assert!(w.len() >= 2, "a WordList word must have two bytes or more");
            let k = bucket(w[0], w[1]);
            starts[k / 64] |= 1 << (k % 64);
            i += 1;
        }
        WordList { words, starts }
    }

    /// The words of the list.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// Whether `hay` contains any of the words (as bytes, anywhere).
    pub fn any_in(&self, hay: &str) -> bool {
        let bytes = hay.as_bytes();
        bytes.windows(2).enumerate().any(|(pos, pair)| {
            let k = bucket(pair[0], pair[1]);
            self.starts[k / 64] & (1 << (k % 64)) != 0
                && self
                    .words
                    .iter()
                    .any(|w| bytes[pos..].starts_with(w.as_bytes()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_any_word() {
        const LIST: WordList = WordList::new(&["收益", "loan", "at"]);
        let cases: &[(&str, bool)] = &[
            ("", false),
            ("日收益1%", true),
            ("收", false),
            ("bad loans", true),
            ("lo", false),
            ("xyz", false),
            ("cat", true),
            ("ca", false),
        ];
        for (hay, want) in cases {
            assert_eq!(LIST.any_in(hay), *want, "{hay:?}");
            let naive = LIST.words().iter().any(|w| hay.contains(w));
            assert_eq!(naive, *want, "{hay:?}");
        }
    }
}
