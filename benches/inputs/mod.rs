//! Inputs shared by the benches: the fixed ones in `inputs.json` (also read by the wasm
//! benches) and generated long texts.
#![allow(dead_code)]

use serde_json::Value;

fn json() -> Value {
    serde_json::from_str(include_str!("inputs.json")).expect("benches/inputs/inputs.json")
}

/// A fixed input by name (`short`, `zh300`, `url`, `qr`).
pub fn fixed(name: &str) -> String {
    json()[name]
        .as_str()
        .unwrap_or_else(|| panic!("no input {name}"))
        .to_string()
}

/// Messages filled from the templates, deterministic for a seed.
pub fn messages(n: usize) -> Vec<String> {
    let j = json();
    let t = j["message_templates"].as_array().unwrap();
    let brands = j["brands"].as_array().unwrap();
    let tlds = j["tlds"].as_array().unwrap();
    let words = j["words"].as_array().unwrap();
    (0..n)
        .map(|i| {
            let s = |v: &Vec<Value>, k: usize| v[k % v.len()].as_str().unwrap().to_string();
            let url = format!(
                "http://{}-{}.{}/x{}",
                s(brands, i / 3),
                s(words, i / 7),
                s(tlds, i / 5),
                i
            );
            s(t, i)
                .replace("{brand}", &s(brands, i / 11))
                .replace("{url}", &url)
                .replace("{n}", &((i * 7919) % 10).to_string())
        })
        .collect()
}

/// About `bytes` of realistic mixed text (messages joined by newlines), cut on a char boundary.
pub fn text_of(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 512);
    let mut i = 0;
    while out.len() < bytes {
        for m in messages(64) {
            out.push_str(&m);
            out.push('\n');
            i += 1;
            if out.len() >= bytes {
                break;
            }
        }
    }
    let _ = i;
    scamcheck::limits::prefix(&out, bytes).to_string()
}
