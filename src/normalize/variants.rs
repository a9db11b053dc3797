//! The obfuscated spellings of the pack's `variant` lists (薇信, vx, 扣扣), found in a text
//! leftmost-longest, as an Aho-Corasick search with `MatchKind::LeftmostLongest` would find
//! them.
//!
//! The forms start with a few dozen characters, rare in most texts, so the search looks only
//! where one of them stands: a bit per first character (its code point modulo
//! [`FIRST_BITS`]) rules out almost every other character with one test, which the
//! normalizer makes as it reads each character, and the forms of the character are compared
//! where it passes. Measured with callgrind on the bench's 300-character Chinese message: 26 k
//! instructions for the automaton's scan, 11 k for a scan of each character, 1 k for this.

/// Bits of the filter of first characters.
const FIRST_BITS: u32 = 4096;

/// The variant forms, indexed by first character.
#[derive(Debug, Clone)]
pub struct Variants {
    /// (first character, form, its index in the pack's list), sorted by first character and,
    /// for one character, longest form first (the pack's order among forms of one length).
    forms: Vec<(char, &'static str, usize)>,
    /// Bit `c % FIRST_BITS` is set for the first character `c` of every form.
    first: Box<[u64; (FIRST_BITS / 64) as usize]>,
}

/// A form found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Byte range of the form in the text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The form's index in the list given to [`Variants::new`].
    pub index: usize,
}

impl Variants {
    /// Indexes `forms` (none empty).
    pub fn new(forms: &[&'static str]) -> Self {
        // Each form goes after those of its first character that are as long or longer, so
        // forms of one length keep the pack's order. (Inserting the hundred forms costs less
        // code in the wasm module than a sort for this type.)
        let mut indexed: Vec<(char, &'static str, usize)> = Vec::with_capacity(forms.len());
        for (i, form) in forms.iter().enumerate() {
            let Some(c) = form.chars().next() else {
                continue;
            };
            let key = (c, std::cmp::Reverse(form.len()));
            let at = indexed.partition_point(|g| (g.0, std::cmp::Reverse(g.1.len())) <= key);
            indexed.insert(at, (c, form, i));
        }
        let mut first = Box::new([0; (FIRST_BITS / 64) as usize]);
        for (c, _, _) in &indexed {
            let k = *c as u32 % FIRST_BITS;
            first[(k / 64) as usize] |= 1 << (k % 64);
        }
        Variants {
            forms: indexed,
            first,
        }
    }

    /// True when some form may start with `c`: false for almost every character that none
    /// starts with.
    #[inline]
    pub fn may_start(&self, c: char) -> bool {
        let k = c as u32 % FIRST_BITS;
        self.first[(k / 64) as usize] & (1 << (k % 64)) != 0
    }

    /// The longest form (the first listed, among forms of one length) at byte `at` of `text`.
    fn longest_at(&self, text: &str, at: usize) -> Option<Found> {
        let c = text[at..].chars().next()?;
        let first = self.forms.partition_point(|f| f.0 < c);
        self.forms[first..]
            .iter()
            .take_while(|f| f.0 == c)
            .find(|f| crate::extract::has_prefix(&text.as_bytes()[at..], f.1))
            .map(|f| Found {
                start: at,
                end: at + f.1.len(),
                index: f.2,
            })
    }

    /// Calls `each` on the forms in `text`, leftmost-longest and not overlapping: at the
    /// leftmost position where a form starts, the longest form there; then on after it.
    /// `starts` holds, in order, every character boundary of `text` where a form may start
    /// (at least those of the characters for which [`Variants::may_start`] is true).
    pub fn for_each(&self, text: &str, starts: &[usize], mut each: impl FnMut(Found)) {
        let mut next = 0;
        for &at in starts {
            if at < next {
                continue;
            }
            if let Some(found) = self.longest_at(text, at) {
                next = found.end;
                each(found);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrases::PhraseSet;
    use aho_corasick::MatchKind;

    #[test]
    fn finds_what_a_leftmost_longest_automaton_finds() {
        let forms: Vec<&'static str> = crate::rules::VARIANTS.iter().map(|(f, _)| *f).collect();
        let variants = Variants::new(&forms);
        let automaton = PhraseSet::new(&forms, MatchKind::LeftmostLongest);
        let texts = [
            "",
            "加我vx：abc，加v信详聊，+wx 或 +v信 都行",
            "vxlan wx 加vx加v加 扣扣扣扣 纸飞机飞机号飞机app",
            "whats app whatsap whatsapp 支fu宝 zfb yhk 银h卡",
            "usdt-trc20 trc20 erc20 giftcard gift-card apple gift card",
            "薇❤ 微❤ é ß 😀 𝐅 薇信薇信",
        ];
        // And texts pieced together from the forms, their first characters and others.
        let head = |f: &'static str| f.char_indices().nth(1).map_or(f, |(i, _)| &f[..i]);
        let mut pieces: Vec<&str> = forms.iter().flat_map(|f| [*f, head(f)]).collect();
        pieces.extend(["信", "x", " ", "加", "，", "a"]);
        let mut seed = 1u32;
        let mut pick = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            pieces[(seed >> 16) as usize % pieces.len()]
        };
        let random: Vec<String> = (0..500)
            .map(|_| (0..12).map(|_| pick()).collect())
            .collect();
        for text in texts
            .iter()
            .copied()
            .chain(random.iter().map(String::as_str))
        {
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            let mut got = Vec::new();
            variants.for_each(text, &starts, |f| {
                got.push((f.start, f.end, forms[f.index]))
            });
            let want: Vec<_> = automaton
                .find_iter(text)
                .map(|m| (m.start(), m.end(), forms[m.pattern().as_usize()]))
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
