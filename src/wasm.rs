//! WebAssembly bindings: the `Checker` class that the page and the widget use.

use crate::{CheckOptions, Engine, Kind, Lang};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("report.d.ts");

/// Options as JavaScript passes them: `{ kind?: "auto"|"url"|"qr"|"message"|"pitch", lang?: "zh"|"en" }`.
#[derive(Deserialize, Default)]
#[serde(default)]
struct JsOptions {
    kind: Option<String>,
    lang: Option<String>,
}

/// The checker for JavaScript: `new Checker().check(text, { kind, lang })`.
#[wasm_bindgen]
pub struct Checker {
    engine: Engine,
}

#[wasm_bindgen]
impl Checker {
    /// Builds the engine on the bundled rule pack.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Checker {
        Checker {
            engine: Engine::new(),
        }
    }

    /// Checks `text` and returns the Report as a plain object. Throws an `Error` for options
    /// it does not understand.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn check(
        &self,
        text: &str,
        #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let js: JsOptions = if options.is_undefined() || options.is_null() {
            JsOptions::default()
        } else {
            serde_wasm_bindgen::from_value(options)
                .map_err(|e| JsError::new(&format!("bad options: {e}")))?
        };
        let kind = match js.kind.as_deref() {
            None => Kind::Auto,
            Some(k) => Kind::parse(k).ok_or_else(|| {
                JsError::new(&format!(
                    "unknown kind {k:?}: use auto, url, qr, message or pitch"
                ))
            })?,
        };
        let lang = match js.lang.as_deref() {
            None => Lang::Zh,
            Some(l) => Lang::parse(l)
                .ok_or_else(|| JsError::new(&format!("unknown lang {l:?}: use zh or en")))?,
        };
        let report = self.engine.check(text, &CheckOptions { kind, lang });
        let ser = serde_wasm_bindgen::Serializer::json_compatible();
        serde::Serialize::serialize(&report, &ser).map_err(|e| JsError::new(&e.to_string()))
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
