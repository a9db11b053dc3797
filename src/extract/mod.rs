//! Entity extraction: what a text names that can be checked on its own.

pub mod amounts;
pub mod cards;
pub mod crypto;
pub mod handles;
pub mod phones;
pub mod rates;
pub mod urls;

pub use urls::{find_urls, FoundUrl};
