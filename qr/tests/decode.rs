//! Decoding real QR images made by an encoder (the `qrcode` crate): plain, scaled, rotated,
//! noisy, with a logo in the middle, several in one picture; and pictures with no code.

use qrcode::{Color, EcLevel, QrCode};
use scamcheck_qr::{decode_rgba, QrError, MAX_PIXELS};

/// A grey picture (0 = black) as a function of the pixel position.
struct Picture {
    w: usize,
    h: usize,
    grey: Vec<u8>,
}

impl Picture {
    fn blank(w: usize, h: usize) -> Self {
        Picture {
            w,
            h,
            grey: vec![255; w * h],
        }
    }

    fn rgba(&self) -> Vec<u8> {
        self.grey.iter().flat_map(|&g| [g, g, g, 255]).collect()
    }

    /// Draws `text` as a QR code, `scale` pixels per module, top-left corner at (x0, y0),
    /// turned by `angle` degrees around its centre.
    fn draw(&mut self, text: &str, ec: EcLevel, scale: f64, x0: f64, y0: f64, angle: f64) {
        let code = QrCode::with_error_correction_level(text, ec).unwrap();
        let n = code.width();
        let colors = code.to_colors();
        let quiet = 4.0;
        let side = (n as f64 + 2.0 * quiet) * scale;
        let (cx, cy) = (x0 + side / 2.0, y0 + side / 2.0);
        let (sin, cos) = angle.to_radians().sin_cos();
        for y in 0..self.h {
            for x in 0..self.w {
                // Back-rotate the pixel into the code's frame.
                let (dx, dy) = (x as f64 + 0.5 - cx, y as f64 + 0.5 - cy);
                let (u, v) = (
                    dx * cos + dy * sin + side / 2.0,
                    -dx * sin + dy * cos + side / 2.0,
                );
                if u < 0.0 || v < 0.0 || u >= side || v >= side {
                    continue;
                }
                let (mx, my) = ((u / scale - quiet).floor(), (v / scale - quiet).floor());
                let dark = mx >= 0.0
                    && my >= 0.0
                    && (mx as usize) < n
                    && (my as usize) < n
                    && colors[my as usize * n + mx as usize] == Color::Dark;
                self.grey[y * self.w + x] = if dark { 0 } else { 255 };
            }
        }
    }

    /// Shifts every pixel by up to ±50 grey levels and turns about `percent` of them into
    /// random specks (a fixed seed).
    fn noise(&mut self, percent: u32) {
        let mut state: u32 = 0x9e3779b9;
        for g in self.grey.iter_mut() {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            if state % 100 < percent {
                *g = (state >> 8) as u8;
            } else {
                *g = (*g as i32 + (state >> 8) as i32 % 101 - 50).clamp(0, 255) as u8;
            }
        }
    }

    fn fill(&mut self, x0: usize, y0: usize, w: usize, h: usize, grey: u8) {
        for y in y0..(y0 + h).min(self.h) {
            for x in x0..(x0 + w).min(self.w) {
                self.grey[y * self.w + x] = grey;
            }
        }
    }
}

const URL: &str = "https://www.icbc.com.cn.verify.xyz/login";
const PAY: &str = "wxp://f2f0KTkz3Uxc2UwQBh9jYkG1rPUMgsHvbQC1";

#[test]
fn decodes_encoded_pictures() {
    type Make = fn() -> Picture;
    let cases: &[(&str, Make, &[&str])] = &[
        (
            "plain",
            || {
                let mut p = Picture::blank(300, 300);
                p.draw(URL, EcLevel::M, 6.0, 20.0, 20.0, 0.0);
                p
            },
            &[URL],
        ),
        (
            "scaled up, off centre",
            || {
                let mut p = Picture::blank(900, 700);
                p.draw(PAY, EcLevel::M, 15.0, 250.0, 60.0, 0.0);
                p
            },
            &[PAY],
        ),
        (
            "small modules",
            || {
                let mut p = Picture::blank(160, 160);
                p.draw(PAY, EcLevel::L, 3.0, 10.0, 10.0, 0.0);
                p
            },
            &[PAY],
        ),
        (
            "rotated 90 degrees",
            || {
                let mut p = Picture::blank(320, 320);
                p.draw(URL, EcLevel::M, 6.0, 20.0, 20.0, 90.0);
                p
            },
            &[URL],
        ),
        (
            "rotated 20 degrees",
            || {
                let mut p = Picture::blank(420, 420);
                p.draw(URL, EcLevel::M, 6.0, 60.0, 60.0, 20.0);
                p
            },
            &[URL],
        ),
        (
            "noisy",
            || {
                let mut p = Picture::blank(400, 400);
                p.draw(URL, EcLevel::Q, 8.0, 20.0, 20.0, 0.0);
                p.noise(4);
                p
            },
            &[URL],
        ),
        (
            "logo in the middle",
            || {
                let mut p = Picture::blank(400, 400);
                p.draw(PAY, EcLevel::H, 8.0, 20.0, 20.0, 0.0);
                // The code is (29 + 8) × 8 = 296 px wide from (20, 20): cover its middle ~12 %.
                p.fill(135, 135, 50, 50, 128);
                p
            },
            &[PAY],
        ),
        (
            "two codes",
            || {
                let mut p = Picture::blank(700, 360);
                p.draw(URL, EcLevel::M, 6.0, 10.0, 10.0, 0.0);
                p.draw(PAY, EcLevel::M, 6.0, 360.0, 10.0, 0.0);
                p
            },
            &[URL, PAY],
        ),
        (
            "big photo, downscaled first",
            || {
                let mut p = Picture::blank(2400, 2000);
                p.draw(URL, EcLevel::M, 30.0, 400.0, 300.0, 0.0);
                p
            },
            &[URL],
        ),
    ];
    for (name, make, want) in cases {
        let p = make();
        let mut got = decode_rgba(&p.rgba(), p.w, p.h).unwrap_or_else(|e| panic!("{name}: {e}"));
        got.sort();
        let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn refuses_pictures_without_a_code() {
    type Make = fn() -> Picture;
    let cases: &[(&str, Make)] = &[
        ("white", || Picture::blank(200, 200)),
        ("black", || {
            let mut p = Picture::blank(200, 200);
            p.fill(0, 0, 200, 200, 0);
            p
        }),
        ("noise", || {
            let mut p = Picture::blank(300, 300);
            p.noise(50);
            p
        }),
        ("stripes", || {
            let mut p = Picture::blank(300, 300);
            for i in (0..300).step_by(20) {
                p.fill(i, 0, 10, 300, 0);
            }
            p
        }),
        ("one pixel", || Picture::blank(1, 1)),
    ];
    for (name, make) in cases {
        let p = make();
        let got = decode_rgba(&p.rgba(), p.w, p.h);
        assert_eq!(got, Err(QrError::NotFound), "{name}");
        assert!(QrError::NotFound
            .to_string()
            .starts_with("no QR code found"));
    }
}

#[test]
fn refuses_bad_and_huge_buffers() {
    assert_eq!(decode_rgba(&[0; 12], 2, 2), Err(QrError::BadImage));
    assert_eq!(decode_rgba(&[], 0, 0), Err(QrError::BadImage));
    assert_eq!(decode_rgba(&[], MAX_PIXELS + 1, 1), Err(QrError::TooLarge));
    assert_eq!(decode_rgba(&[], usize::MAX, 2), Err(QrError::TooLarge));
    assert!(QrError::TooLarge.to_string().starts_with("image too large"));
}
