//! QR payloads: what scanning the code would do.

use super::{Finding, Findings};
use crate::rules::ids;

/// The kinds of QR payload the engine tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payload {
    /// A web address.
    Url,
    /// A WeChat / Alipay / UnionPay payment code or link.
    Payment,
    /// A cryptocurrency URI or address.
    Crypto,
    /// Wi-Fi credentials.
    Wifi,
    /// A phone number to call or text.
    Phone,
    /// A contact card.
    Contact,
    /// A one-time-password enrolment.
    Otp,
    /// Plain text.
    Text,
}

/// Classifies a QR payload by its scheme or shape.
pub fn classify(text: &str) -> Payload {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let starts = |p: &str| lower.starts_with(p);
    if starts("wxp://") || starts("alipays://") || starts("alipay://") || starts("https://qr.alipay.com/") || starts("upwallet://") || starts("https://qr.95516.com/") {
        Payload::Payment
    } else if starts("bitcoin:") || starts("ethereum:") || starts("tron:") || starts("litecoin:") || starts("usdt:") {
        Payload::Crypto
    } else if starts("wifi:") {
        Payload::Wifi
    } else if starts("tel:") || starts("sms:") || starts("smsto:") {
        Payload::Phone
    } else if starts("begin:vcard") || starts("mecard:") {
        Payload::Contact
    } else if starts("otpauth://") {
        Payload::Otp
    } else if starts("http://") || starts("https://") || starts("www.") {
        Payload::Url
    } else {
        Payload::Text
    }
}

/// True when `text` looks like a QR payload rather than a message (used by auto-detection).
pub fn has_qr_scheme(text: &str) -> bool {
    !matches!(classify(text), Payload::Url | Payload::Text)
}

/// Records what scanning the payload would do. Returns the payload type.
pub fn analyze(text: &str, out: &mut Findings) -> Payload {
    let p = classify(text);
    let end = text.len();
    match p {
        Payload::Payment => out.add(Finding::at(ids::QR_PAYMENT, 0, end)),
        Payload::Crypto => out.add(Finding::at(ids::QR_CRYPTO, 0, end)),
        Payload::Wifi => {
            let lower = text.to_ascii_lowercase();
            if lower.contains("t:nopass") || lower.contains("t:wep") || !lower.contains("t:") {
                out.add(Finding::at(ids::QR_WIFI_OPEN, 0, end));
            }
        }
        Payload::Otp => out.add(Finding::at(ids::QR_OTP, 0, end)),
        _ => {}
    }
    p
}
