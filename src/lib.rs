//! # scamcheck
//!
//! Tells whether a URL, QR-code content, chat/SMS message or investment pitch looks like
//! telecom or online fraud, why, and what to do — offline, in the browser (WebAssembly) or
//! natively. The one entry point is [`Engine`]:
//!
//! ```
//! use scamcheck::{CheckOptions, Engine, Level};
//! let engine = Engine::new();
//! let report = engine.check("https://www.icbc.com.cn/", &CheckOptions::default());
//! assert_eq!(report.level, Level::Low);
//! ```
//!
//! The heuristics are data: the rule pack under `rules/`, compiled in by `build.rs`
//! (see [`rules`]). Every surface — this crate, the wasm `Checker`, the `scamcheck` CLI —
//! returns the same [`Report`].
#![deny(missing_docs)]

pub mod analyze;
pub mod engine;
pub mod extract;
pub mod fasthash;
pub mod kind;
pub mod limits;
pub mod normalize;
mod normalize_tables;
pub mod options;
pub mod phrases;
pub mod report;
pub mod rules;
pub mod score;
pub mod tape;
pub mod utf16;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
pub mod wordlist;

pub use engine::Engine;
pub use options::{CheckOptions, Kind, Lang};
pub use report::{Entity, FamilyMatch, InputInfo, Level, Report, Signal, Span};
