//! Entity extraction: what a text names that can be checked on its own.

pub mod amounts;
pub mod cards;
pub mod crypto;
pub mod handles;
pub mod phones;
pub mod rates;
pub mod urls;

pub use urls::{find_urls, FoundUrl};

/// The first offset at or after `from` whose byte satisfies `wanted` (`bytes.len()` when
/// none does): the extractors step over the text between the bytes they start at (digits,
/// mostly) with this tight loop. `wanted` must hold for ASCII bytes only: eight bytes at a
/// time that are all non-ASCII (the bulk of a Chinese text) are stepped over without it.
pub(crate) fn skip_to(bytes: &[u8], from: usize, wanted: impl Fn(u8) -> bool) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if word & HIGH != HIGH {
            if let Some(k) = chunk.iter().position(|b| wanted(*b)) {
                return at + k;
            }
        }
        at += 8;
    }
    bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|b| wanted(*b)))
        .map_or(bytes.len(), |k| at + k)
}
