//! WebAssembly bindings: the `Checker` class that the page and the widget use.

use crate::{tape, CheckOptions, Engine, Kind, Lang};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("report.d.ts");

#[wasm_bindgen(module = "/src/tape.js")]
extern "C" {
    /// An empty table of texts for [`decode_report`].
    #[wasm_bindgen(js_name = newTextTable)]
    fn new_text_table() -> JsValue;
    /// Builds the Report a tape encodes (`src/tape.rs`) as plain JavaScript objects, taking
    /// the texts the tape numbers from `table` and adding its new ones.
    #[wasm_bindgen(js_name = decodeReport, catch)]
    fn decode_report(table: &JsValue, words: &[u32], pool: &[u16]) -> Result<JsValue, JsValue>;
    /// `options[key]` as a string, or `undefined` when it is absent or null.
    #[wasm_bindgen(js_name = optionString)]
    fn option_string(options: &JsValue, key: &str) -> Option<String>;
}

/// Makes a Rust panic reach JavaScript as an `Error` carrying the panic's message.
///
/// Without it a panic ends in a bare `RuntimeError: unreachable`. The hook throws a JS `Error`
/// whose message starts with [`PANIC_PREFIX`]; the instance is not usable afterwards (its Rust
/// state may be half-updated), so `www/scamcheck-safe.js` throws that error on and checks the
/// next input on a fresh instance. Installed once, by the first `Checker`.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            wasm_bindgen::throw_str(&format!("{PANIC_PREFIX}{info}"));
        }))
    });
}

/// How the message of a JavaScript `Error` raised by a Rust panic begins.
pub const PANIC_PREFIX: &str = "scamcheck panicked: ";

/// Panics on purpose, so that tests can prove a panic reaches JavaScript as an `Error` and the
/// safe wrapper recovers. Only in builds with the `test-hooks` feature, which the shipped
/// module (`scripts/build-wasm.sh`) never enables.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = panicForTest)]
pub fn panic_for_test(message: &str) {
    // No install_panic_hook() here: the test proves that building a Checker installed it.
    panic!("{message}");
}

/// Aborts on purpose (a trap that no panic hook sees, as an out-of-memory abort would be), for
/// the same tests. Only in builds with the `test-hooks` feature.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = abortForTest)]
pub fn abort_for_test() {
    std::process::abort();
}

/// Reads `{ kind, lang }` (either may be missing; `undefined` or `null` means all defaults).
fn read_options(options: &JsValue) -> Result<CheckOptions, JsError> {
    let given = !(options.is_undefined() || options.is_null());
    if given && !options.is_object() {
        return Err(JsError::new(
            "bad options: expected an object such as { kind: \"auto\", lang: \"zh\" }",
        ));
    }
    let read = |key: &str| given.then(|| option_string(options, key)).flatten();
    let kind = match read("kind").as_deref() {
        None => Kind::Auto,
        Some(k) => Kind::parse(k).ok_or_else(|| {
            JsError::new(&format!(
                "unknown kind \"{}\": use auto, url, qr, message or pitch",
                crate::limits::prefix(k, 40)
            ))
        })?,
    };
    let lang = match read("lang").as_deref() {
        None => Lang::Zh,
        Some(l) => Lang::parse(l).ok_or_else(|| {
            JsError::new(&format!(
                "unknown lang \"{}\": use zh or en",
                crate::limits::prefix(l, 40)
            ))
        })?,
    };
    Ok(CheckOptions { kind, lang })
}

/// `checker.check(text, options)`'s Report as the JSON the CLI writes
/// ([`crate::Report::write_json`], byte for byte serde_json's), so that the wasm tests can prove
/// the objects `check` builds from the tape say exactly the same. Only in builds with the
/// `test-hooks` feature.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = checkJson)]
pub fn check_json(checker: &Checker, text: &str, options: JsValue) -> Result<String, JsError> {
    let mut json = Vec::new();
    checker
        .engine
        .check(text, &read_options(&options)?)
        .write_json(&mut json);
    Ok(String::from_utf8(json).expect("write_json writes UTF-8"))
}

/// The checker for JavaScript: `new Checker().check(text, { kind, lang })`.
#[wasm_bindgen]
pub struct Checker {
    engine: Engine,
    /// The texts that JavaScript holds in `js_texts`, by number.
    texts: tape::TextTable,
    /// JavaScript's table of texts, which [`decode_report`] reads and fills.
    js_texts: JsValue,
}

#[wasm_bindgen]
impl Checker {
    /// Builds the engine on the bundled rule pack.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Checker {
        install_panic_hook();
        Checker {
            engine: Engine::new(),
            texts: tape::TextTable::default(),
            js_texts: new_text_table(),
        }
    }

    /// Checks `text` and returns the Report as a plain object. Throws an `Error` for options
    /// it does not understand (and passes on whatever reading the Report threw, say out of
    /// memory).
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn check(
        &mut self,
        text: &str,
        #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let report = self.engine.check(text, &read_options(&options)?);
        let tape = tape::encode_with(&report, &mut self.texts);
        decode_report(&self.js_texts, &tape.words, &tape.pool).map_err(|e| {
            // The two tables may no longer agree: start both afresh.
            self.texts = tape::TextTable::default();
            self.js_texts = new_text_table();
            e
        })
    }

    /// The rule pack's version.
    #[wasm_bindgen(getter, js_name = rulesVersion)]
    pub fn rules_version(&self) -> String {
        self.engine.rules_version().to_string()
    }
}

impl Default for Checker {
    fn default() -> Self {
        Self::new()
    }
}
