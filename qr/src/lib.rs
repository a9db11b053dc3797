//! # scamcheck-qr
//!
//! Finds and decodes QR codes in a picture, for scamcheck's web page. The browser decodes the
//! image file itself (canvas `getImageData`) and hands over RGBA pixels, so this crate needs no
//! image-format code; decoding uses the pure-Rust `rqrr`. It is built as its own wasm module
//! (`www/pkg-qr/scamcheck_qr.js`) so that the checker's module does not grow or load slower.
//!
//! JavaScript contract: `decodeQr(rgba: Uint8Array, width: number, height: number): string[]`
//! returns every payload found, and throws an `Error` whose message starts with
//! `"no QR code found"` when there is none, `"image too large"` above [`MAX_PIXELS`], or
//! `"bad image"` when the buffer does not hold `width × height` RGBA pixels.
#![deny(missing_docs)]

/// Largest picture accepted, in pixels (16 megapixels: a 4,000 × 4,000 photo).
pub const MAX_PIXELS: usize = 16_000_000;

/// Pictures with more pixels than this are halved (2 × 2 boxes averaged) before searching:
/// a QR code in a phone photo is still many pixels wide after it, and the search is faster.
pub const DOWNSCALE_ABOVE: usize = 4_000_000;

/// Why no payload came out of a picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QrError {
    /// The picture holds no readable QR code.
    NotFound,
    /// The picture has more than [`MAX_PIXELS`] pixels.
    TooLarge,
    /// The buffer's length is not `width × height × 4`, or a side is 0.
    BadImage,
}

impl std::fmt::Display for QrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QrError::NotFound => write!(f, "no QR code found in the picture"),
            QrError::TooLarge => write!(f, "image too large: more than {MAX_PIXELS} pixels"),
            QrError::BadImage => write!(
                f,
                "bad image: the pixel buffer does not match width × height × 4"
            ),
        }
    }
}

impl std::error::Error for QrError {}

/// Grey levels (Rec. 601 luma, transparent pixels as white) of an RGBA picture.
fn to_grey(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| {
            let y = (p[0] as u32 * 299 + p[1] as u32 * 587 + p[2] as u32 * 114) / 1000;
            let a = p[3] as u32;
            (y * a / 255 + (255 - a)) as u8
        })
        .collect()
}

/// Halves a grey picture, averaging 2 × 2 boxes.
fn halve(grey: &[u8], w: usize, h: usize) -> (Vec<u8>, usize, usize) {
    let (nw, nh) = (w / 2, h / 2);
    let mut out = Vec::with_capacity(nw * nh);
    for y in 0..nh {
        for x in 0..nw {
            let i = 2 * y * w + 2 * x;
            let sum =
                grey[i] as u32 + grey[i + 1] as u32 + grey[i + w] as u32 + grey[i + w + 1] as u32;
            out.push((sum / 4) as u8);
        }
    }
    (out, nw, nh)
}

/// 3 × 3 median filter: removes specks (sensor noise, dirt) that break finder patterns.
fn median3(grey: &[u8], w: usize, h: usize) -> Vec<u8> {
    let mut out = grey.to_vec();
    if w < 3 || h < 3 {
        return out;
    }
    let mut win = [0u8; 9];
    for y in 1..h - 1 {
        for x in 1..w - 1 {
            let mut k = 0;
            for dy in 0..3 {
                let row = (y + dy - 1) * w;
                win[k..k + 3].copy_from_slice(&grey[row + x - 1..row + x + 2]);
                k += 3;
            }
            win.sort_unstable();
            out[y * w + x] = win[4];
        }
    }
    out
}

fn search(grey: &[u8], w: usize, h: usize) -> Vec<String> {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| grey[y * w + x]);
    let mut out: Vec<String> = Vec::new();
    for grid in img.detect_grids() {
        if let Ok((_, text)) = grid.decode() {
            if !out.contains(&text) {
                out.push(text);
            }
        }
    }
    out
}

/// Decodes every QR code in an RGBA picture (`width × height` pixels, 4 bytes each, row by
/// row). Never panics.
pub fn decode_rgba(rgba: &[u8], width: usize, height: usize) -> Result<Vec<String>, QrError> {
    let pixels = width.checked_mul(height).ok_or(QrError::TooLarge)?;
    if pixels > MAX_PIXELS {
        return Err(QrError::TooLarge);
    }
    if pixels == 0 || rgba.len() != pixels * 4 {
        return Err(QrError::BadImage);
    }
    let (mut grey, mut w, mut h) = (to_grey(rgba), width, height);
    while w * h > DOWNSCALE_ABOVE {
        (grey, w, h) = halve(&grey, w, h);
    }
    let mut found = std::panic::catch_unwind(|| search(&grey, w, h)).unwrap_or_default();
    if found.is_empty() {
        // Second try on a despeckled picture.
        let smooth = median3(&grey, w, h);
        found = std::panic::catch_unwind(|| search(&smooth, w, h)).unwrap_or_default();
    }
    if found.is_empty() {
        Err(QrError::NotFound)
    } else {
        Ok(found)
    }
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use wasm_bindgen::prelude::*;

    /// `decodeQr(rgba, width, height)`: every QR payload in the picture; throws an `Error`
    /// ("no QR code found…", "image too large…", "bad image…") otherwise.
    #[wasm_bindgen(js_name = decodeQr)]
    pub fn decode_qr(rgba: &[u8], width: u32, height: u32) -> Result<Vec<String>, JsError> {
        super::decode_rgba(rgba, width as usize, height as usize)
            .map_err(|e| JsError::new(&e.to_string()))
    }
}
