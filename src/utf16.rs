//! Byte offsets → UTF-16 offsets, for spans that JavaScript highlights.

/// Converts many byte offsets of one text to UTF-16 offsets in a single pass.
pub struct Utf16Map {
    /// (byte offset, utf16 offset) checkpoints, every character boundary we were asked about.
    table: Vec<(usize, usize)>,
}

impl Utf16Map {
    /// Prepares conversions for `offsets` (byte offsets on char boundaries of `text`).
    pub fn new(text: &str, mut offsets: Vec<usize>) -> Self {
        offsets.sort_unstable();
        offsets.dedup();
        let bytes = text.as_bytes();
        let mut table = Vec::with_capacity(offsets.len());
        let (mut counted, mut units) = (0, 0);
        for o in offsets {
            let upto = o.min(bytes.len());
            units += utf16_units(&bytes[counted..upto]);
            counted = upto;
            table.push((o, units));
        }
        Utf16Map { table }
    }

    /// The UTF-16 offset of a byte offset given to [`Utf16Map::new`].
    pub fn get(&self, byte: usize) -> usize {
        match self.table.binary_search_by(|(b, _)| b.cmp(&byte)) {
            Ok(i) => self.table[i].1,
            Err(i) => i.checked_sub(1).map(|j| self.table[j].1).unwrap_or(0),
        }
    }
}

/// The UTF-16 code units of the characters that start in `bytes`: one for every byte but a
/// continuation byte (0b10xx_xxxx), two for a four-byte character (lead 0xF0+). Without
/// branches, so it runs at a few instructions a byte.
fn utf16_units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_encode_utf16_on_every_boundary() {
        for text in ["", "abc", "刷单返利", "a😀b刷c", "\u{202E}x\u{200B}"] {
            let offsets: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let map = Utf16Map::new(text, offsets.clone());
            for o in offsets {
                assert_eq!(
                    map.get(o),
                    text[..o].encode_utf16().count(),
                    "{text:?} at {o}"
                );
            }
        }
    }
}
