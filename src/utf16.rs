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
    #[inline]
    pub fn get(&self, byte: usize) -> usize {
        match self.table.binary_search_by(|(b, _)| b.cmp(&byte)) {
            Ok(i) => self.table[i].1,
            Err(i) => i.checked_sub(1).map(|j| self.table[j].1).unwrap_or(0),
        }
    }
}

/// The UTF-16 code units of the characters that start in `bytes`: one for every byte but a
/// continuation byte (0b10xx_xxxx), two for a four-byte character (lead 0b1111_0xxx). Eight
/// bytes at a time and without branches: the wasm build has no vector instructions to do it
/// byte by byte as fast.
fn utf16_units(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let (chunks, rest) = bytes.as_chunks::<8>();
    let mut units = 0;
    for chunk in chunks {
        let w = u64::from_le_bytes(*chunk);
        // Bit 7 of each byte: set with bit 6 clear (a continuation byte); bits 7 to 4 all set.
        let continuation = w & !(w << 1) & HIGH;
        let four_byte_lead = w & (w << 1) & (w << 2) & (w << 3) & HIGH;
        units += 8 - continuation.count_ones() as usize + four_byte_lead.count_ones() as usize;
    }
    units
        + rest
            .iter()
            .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
            .sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_long_stretches_as_encode_utf16_does() {
        // Shifted by 0 to 8 bytes, every kind of character lands at every place of a word.
        let tail =
            "ascii é ß 刷单返利 😀𝐀 \u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000} end";
        for shift in 0..=8 {
            let text = format!("{}{tail}{tail}", "x".repeat(shift));
            let map = Utf16Map::new(&text, vec![text.len(), 0, shift]);
            assert_eq!(
                map.get(text.len()),
                text.encode_utf16().count(),
                "shift {shift}"
            );
            assert_eq!(map.get(shift), shift);
        }
    }

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
