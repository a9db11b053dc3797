//! The engine's documented limits. Inputs beyond them are checked on a stated prefix or
//! have their extra entities counted but not examined; the report says so in `notes`.

/// Largest input checked in full: 1 MiB of UTF-8. A longer input is checked on its first
/// `MAX_INPUT_BYTES` (cut at a character boundary) and the report sets `input.truncated`.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// URLs examined in one check; further URLs are counted in a note but not analyzed.
pub const MAX_URLS: usize = 64;

/// Entities listed in one report.
pub const MAX_ENTITIES: usize = 256;

/// Spans listed for one signal (the signal still counts once however often it matched).
pub const MAX_SPANS_PER_SIGNAL: usize = 16;

/// Longest URL analyzed; longer ones are cut (and flagged as very long).
pub const MAX_URL_BYTES: usize = 4096;

/// Cuts `text` to at most `max` bytes on a character boundary.
pub fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_cuts_on_char_boundaries() {
        let cases: &[(&str, usize, &str)] = &[
            ("abc", 10, "abc"),
            ("abc", 2, "ab"),
            ("刷单", 4, "刷"),
            ("刷单", 3, "刷"),
            ("刷单", 2, ""),
        ];
        for (text, max, want) in cases {
            assert_eq!(prefix(text, *max), *want, "prefix({text:?}, {max})");
        }
    }
}
