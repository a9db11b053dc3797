//! Entity extraction: what a text names that can be checked on its own.

pub mod urls;

pub use urls::{find_urls, FoundUrl};
