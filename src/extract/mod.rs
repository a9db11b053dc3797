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
/// mostly) with this tight loop.
pub(crate) fn skip_to(bytes: &[u8], from: usize, wanted: impl Fn(u8) -> bool) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|b| wanted(*b)))
        .map_or(bytes.len(), |k| from + k)
}
