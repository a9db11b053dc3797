//! The QR image path: `scamcheck_qr::decode_rgba` on any picture, then every payload through
//! `Engine::check` as a QR payload (what the page does with a scanned code).
//!
//! Input: byte 0 = width in pixels (1–256), byte 1 = how the rest is read: 0 → one bit per
//! pixel (black or white, so finder patterns are easy to reach; seeds in fuzz/seeds/qr_image
//! are real QR codes), 1 → one grey byte per pixel, 2 → raw RGBA, 3 → raw RGBA with a claimed
//! height that may not match the buffer. Panics are crashes even where the decoder catches
//! them, because in wasm (panic = abort) nothing can catch them.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scamcheck::{CheckOptions, Engine, Kind, Lang, Level};
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let [w, mode, rest @ ..] = data else { return };
    let width = *w as usize + 1;
    let (rgba, height) = match mode % 4 {
        0 => {
            let bits = rest.len() * 8;
            let height = bits / width;
            let mut rgba = Vec::with_capacity(width * height * 4);
            for i in 0..width * height {
                let v = if rest[i / 8] >> (7 - i % 8) & 1 == 1 {
                    0
                } else {
                    255
                };
                rgba.extend_from_slice(&[v, v, v, 255]);
            }
            (rgba, height)
        }
        1 => {
            let height = rest.len() / width;
            (
                rest[..width * height]
                    .iter()
                    .flat_map(|&v| [v, v, v, 255])
                    .collect(),
                height,
            )
        }
        2 => {
            let height = rest.len() / 4 / width;
            (rest[..width * height * 4].to_vec(), height)
        }
        _ => {
            let height = rest.first().copied().unwrap_or(0) as usize;
            (rest.get(1..).unwrap_or_default().to_vec(), height)
        }
    };
    let Ok(payloads) = scamcheck_qr::decode_rgba(&rgba, width, height) else {
        return;
    };
    let engine = ENGINE.get_or_init(Engine::new);
    for text in payloads {
        let report = engine.check(
            &text,
            &CheckOptions {
                kind: Kind::Qr,
                lang: Lang::Zh,
            },
        );
        assert_eq!(report.level, Level::from_score(report.score));
    }
});
