//! QR payloads: what scanning the code would do, and the risk each kind carries.
//!
//! A payload is classified by its scheme or shape (payment codes, add-friend and group-invite
//! links, crypto URIs and bare addresses, Wi-Fi, tel:, sms:, mailto:, contact cards, otpauth,
//! app deep links, web addresses, plain text). The engine then checks a web address with the
//! URL analyzer, and everything else (an SMS body, plain text) as a message.

use super::{Finding, Findings};
use crate::rules::ids;

/// The kinds of QR payload the engine tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payload {
    /// A web address.
    Url,
    /// A WeChat / Alipay / UnionPay payment code or link.
    Payment,
    /// A link that adds a contact (WeChat, QQ, Telegram, WhatsApp, LINE).
    AddFriend,
    /// A link that joins a group chat.
    GroupInvite,
    /// A cryptocurrency URI or address.
    Crypto,
    /// Wi-Fi credentials.
    Wifi,
    /// A phone number to call.
    Phone,
    /// A text message to send.
    Sms,
    /// An e-mail to write.
    Email,
    /// A contact card.
    Contact,
    /// A one-time-password enrolment.
    Otp,
    /// An app deep link (`alipays://…`, `weixin://…`, `snssdk1128://…`).
    AppLink,
    /// Plain text.
    Text,
}

/// Payment codes and links: (prefix, app).
const PAYMENT: &[(&str, &str)] = &[
    ("wxp://", "微信支付 WeChat Pay"),
    ("weixin://wxpay", "微信支付 WeChat Pay"),
    ("https://wx.tenpay.com/", "微信支付 WeChat Pay"),
    ("https://payapp.weixin.qq.com/", "微信支付 WeChat Pay"),
    ("alipays://", "支付宝 Alipay"),
    ("alipay://", "支付宝 Alipay"),
    ("https://qr.alipay.com/", "支付宝 Alipay"),
    ("http://qr.alipay.com/", "支付宝 Alipay"),
    ("https://render.alipay.com/p/s/", "支付宝 Alipay"),
    ("upwallet://", "云闪付 UnionPay"),
    ("unionpay://", "云闪付 UnionPay"),
    ("https://qr.95516.com/", "云闪付 UnionPay"),
    ("https://qr.unionpay.com/", "云闪付 UnionPay"),
];

/// Group invitations: (prefix after the scheme, app).
const GROUP: &[(&str, &str)] = &[
    ("weixin.qq.com/g/", "微信群 WeChat group"),
    ("t.me/joinchat/", "Telegram 群 group"),
    ("t.me/+", "Telegram 群 group"),
    ("telegram.me/joinchat/", "Telegram 群 group"),
    ("chat.whatsapp.com/", "WhatsApp 群 group"),
    ("line.me/r/ti/g/", "LINE 群 group"),
    ("line.me/ti/g/", "LINE 群 group"),
    ("qm.qq.com/cgi-bin/qm/qr?", "QQ 群 group"),
    ("jq.qq.com/", "QQ 群 group"),
];

/// Add-friend links: (prefix after the scheme, app).
const FRIEND: &[(&str, &str)] = &[
    ("u.wechat.com/", "微信 WeChat"),
    ("weixin.qq.com/r/", "微信 WeChat"),
    ("qm.qq.com/", "QQ"),
    ("t.me/", "Telegram"),
    ("telegram.me/", "Telegram"),
    ("wa.me/", "WhatsApp"),
    ("api.whatsapp.com/send", "WhatsApp"),
    ("line.me/ti/p/", "LINE"),
    ("line.me/r/ti/p/", "LINE"),
];

const CRYPTO_SCHEMES: &[(&str, &str)] = &[
    ("bitcoin:", "Bitcoin"),
    ("ethereum:", "Ethereum"),
    ("tron:", "TRON"),
    ("litecoin:", "Litecoin"),
    ("usdt:", "USDT"),
    ("dogecoin:", "Dogecoin"),
    ("bitcoincash:", "Bitcoin Cash"),
    ("solana:", "Solana"),
];

const BASE58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

fn is_base58(s: &str) -> bool {
    s.bytes().all(|b| BASE58.contains(&b))
}

/// True when `s` is a valid bech32 / bech32m string with human part `hrp` (BIP 173/350).
fn is_bech32(s: &str, hrp: &str) -> bool {
    const CHARSET: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    let s = s.to_ascii_lowercase();
    let Some(data) = s.strip_prefix(hrp).and_then(|r| r.strip_prefix('1')) else {
        return false;
    };
    if data.len() < 6 || s.len() > 90 {
        return false;
    }
    let mut values: Vec<u8> = hrp.bytes().map(|b| b >> 5).collect();
    values.push(0);
    values.extend(hrp.bytes().map(|b| b & 31));
    for c in data.bytes() {
        match CHARSET.iter().position(|x| *x == c) {
            Some(v) => values.push(v as u8),
            None => return false,
        }
    }
    let mut chk: u32 = 1;
    for v in values {
        let top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v as u32;
        for (i, g) in [
            0x3b6a57b2u32,
            0x26508e6d,
            0x1ea119fa,
            0x3d4233dd,
            0x2a1462b3,
        ]
        .iter()
        .enumerate()
        {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk == 1 || chk == 0x2bc830a3
}

/// The chain of a bare cryptocurrency address (`0x…` Ethereum, `T…` TRON / USDT-TRC20,
/// `bc1…`, `1…`, `3…` Bitcoin), by shape (and checksum for bech32).
pub fn crypto_address(t: &str) -> Option<&'static str> {
    let n = t.len();
    if n == 42 && t.starts_with("0x") && t[2..].bytes().all(|b| b.is_ascii_hexdigit()) {
        return Some("Ethereum / ERC-20");
    }
    if n == 34 && t.starts_with('T') && is_base58(t) {
        return Some("TRON / USDT-TRC20");
    }
    if t.len() >= 14 && (t.starts_with("bc1") || t.starts_with("BC1")) && is_bech32(t, "bc") {
        return Some("Bitcoin");
    }
    if (26..=35).contains(&n) && (t.starts_with('1') || t.starts_with('3')) && is_base58(t) {
        // Base58 addresses mix cases and digits; a run of one letter is not one.
        let upper = t.bytes().any(|b| b.is_ascii_uppercase());
        let lower = t.bytes().any(|b| b.is_ascii_lowercase());
        if upper && lower {
            return Some("Bitcoin");
        }
    }
    None
}

/// `lower` without its `https://` or `http://` and `www.`.
fn strip_web(lower: &[u8]) -> &[u8] {
    let rest = lower
        .strip_prefix(b"https://")
        .or_else(|| lower.strip_prefix(b"http://"))
        .unwrap_or(lower);
    rest.strip_prefix(b"www.").unwrap_or(rest)
}

/// How many leading bytes of a payload [`classify_detail`] looks at for schemes and prefixes
/// (all of them shorter than `HEAD_BYTES - 3`, with `https://www.` before the web ones).
const HEAD_BYTES: usize = 64;

/// Classifies a QR payload by its scheme or shape.
pub fn classify(text: &str) -> Payload {
    classify_detail(text).0
}

/// The payload type and the app or chain it names.
fn classify_detail(text: &str) -> (Payload, &'static str) {
    let t = text.trim();
    // Every prefix tested below, and a deep link's `scheme://`, fits in the first HEAD_BYTES
    // bytes (less up to three for a cut character): only they are lower-cased, not the
    // whole of a long message.
    let cut = crate::limits::prefix(t, HEAD_BYTES).as_bytes();
    let mut buf = [0u8; HEAD_BYTES];
    let head = &mut buf[..cut.len()];
    head.copy_from_slice(cut);
    head.make_ascii_lowercase();
    let head: &[u8] = head;
    let starts = |p: &str| crate::extract::has_prefix(head, p);
    if let Some((_, app)) = PAYMENT.iter().find(|(p, _)| starts(p)) {
        // alipays://platformapi/startapp opens any mini-program or page, not only payments.
        let lower = t.to_ascii_lowercase();
        if !(starts("alipays://platformapi/startapp")
            && !lower.contains("appid=20000056")
            && !lower.contains("appid=20000123"))
        {
            return (Payload::Payment, app);
        }
        return (Payload::AppLink, "alipays://");
    }
    if let Some((_, chain)) = CRYPTO_SCHEMES.iter().find(|(p, _)| starts(p)) {
        return (Payload::Crypto, chain);
    }
    if let Some(chain) = crypto_address(t) {
        return (Payload::Crypto, chain);
    }
    if starts("wifi:") {
        return (Payload::Wifi, "");
    }
    if starts("tel:") {
        return (Payload::Phone, "");
    }
    if starts("sms:") || starts("smsto:") || starts("mms:") || starts("mmsto:") {
        return (Payload::Sms, "");
    }
    if starts("mailto:") || starts("matmsg:") {
        return (Payload::Email, "");
    }
    if starts("begin:vcard") || starts("mecard:") {
        return (Payload::Contact, "");
    }
    if starts("otpauth://") || starts("otpauth-migration://") {
        return (Payload::Otp, "");
    }
    if starts("http://") || starts("https://") || starts("www.") {
        let rest = strip_web(head);
        // The length of the whole payload after `https://www.`, not only of its head.
        let rest_len = t.len() - (head.len() - rest.len());
        let starts = |p: &str| crate::extract::has_prefix(rest, p);
        if let Some((_, app)) = GROUP.iter().find(|(p, _)| starts(p)) {
            return (Payload::GroupInvite, app);
        }
        if let Some((_, app)) = FRIEND.iter().find(|(p, _)| starts(p) && rest_len > p.len()) {
            return (Payload::AddFriend, app);
        }
        return (Payload::Url, "");
    }
    if starts("tg://join") {
        return (Payload::GroupInvite, "Telegram 群 group");
    }
    if starts("tg://resolve") || starts("weixin://contacts") || starts("mqqapi://card") {
        return (Payload::AddFriend, "");
    }
    // Any other `scheme://` is an app deep link. A `://` past the head would follow a
    // scheme longer than 32 bytes.
    if let Some(i) = head.windows(3).position(|w| w == b"://") {
        let scheme = &head[..i];
        if !scheme.is_empty()
            && scheme.len() <= 32
            && scheme
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(b))
        {
            return (Payload::AppLink, "");
        }
    }
    (Payload::Text, "")
}

/// True when `text` looks like a QR payload rather than a message (used by auto-detection).
pub fn has_qr_scheme(text: &str) -> bool {
    !matches!(classify(text), Payload::Url | Payload::Text)
}

/// The value of `key` (`S`, `T`) in a `WIFI:T:WPA;S:name;P:pass;;` payload.
fn wifi_field<'a>(t: &'a str, key: &str) -> Option<&'a str> {
    let body = t.get(5..)?;
    body.split(';').find_map(|f| {
        let (k, v) = f.split_once(':')?;
        k.eq_ignore_ascii_case(key).then_some(v)
    })
}

fn after_scheme(t: &str) -> &str {
    t.split_once(':').map(|(_, r)| r).unwrap_or("")
}

fn clip(s: &str, max: usize) -> String {
    crate::limits::prefix(s, max).to_string()
}

/// Records what scanning the payload would do, with spans within `text`. Returns the payload
/// type: the engine then checks a web address with the URL analyzer, and anything else as a
/// message (an SMS's prepared text, plain text).
pub fn analyze(text: &str, out: &mut Findings) -> Payload {
    let (p, app) = classify_detail(text);
    let t = text.trim();
    let lead = text.len() - text.trim_start().len();
    let at = |rule| Finding::at(rule, lead, lead + t.len());
    match p {
        Payload::Url => {
            let host = url::Url::parse(t)
                .or_else(|_| url::Url::parse(&format!("http://{t}")))
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_else(|| clip(t, 60));
            out.add(at(ids::QR_URL).arg("host", host));
        }
        Payload::Payment => out.add(at(ids::QR_PAYMENT).arg("app", app)),
        Payload::AddFriend => {
            out.add(at(ids::QR_ADD_FRIEND).arg("app", if app.is_empty() { "App" } else { app }))
        }
        Payload::GroupInvite => out.add(at(ids::QR_GROUP_INVITE).arg("app", app)),
        Payload::Crypto => out.add(at(ids::QR_CRYPTO).arg("chain", app)),
        Payload::Wifi => {
            let ssid = wifi_field(t, "S").unwrap_or("").to_string();
            let auth = wifi_field(t, "T").unwrap_or("").to_ascii_lowercase();
            let open = auth.is_empty() || auth == "nopass" || auth == "wep";
            let rule = if open {
                ids::QR_WIFI_OPEN
            } else {
                ids::QR_WIFI
            };
            out.add(at(rule).arg("ssid", clip(&ssid, 64)));
        }
        Payload::Phone => out.add(at(ids::QR_CALL).arg("number", clip(after_scheme(t), 40))),
        Payload::Sms => {
            let rest = after_scheme(t);
            let number = rest.split([':', '?', ';']).next().unwrap_or("");
            out.add(at(ids::QR_SMS).arg("number", clip(number, 40)));
        }
        Payload::Email => {
            let rest = after_scheme(t);
            let rest = rest
                .strip_prefix("TO:")
                .or_else(|| rest.strip_prefix("to:"))
                .unwrap_or(rest);
            let address = rest.split(['?', ';']).next().unwrap_or("");
            out.add(at(ids::QR_EMAIL).arg("address", clip(address, 80)));
        }
        Payload::Contact => out.add(at(ids::QR_CONTACT)),
        Payload::Otp => out.add(at(ids::QR_OTP)),
        Payload::AppLink => {
            let scheme = t.split("://").next().unwrap_or("");
            out.add(at(ids::QR_APP_LINK).arg("scheme", clip(scheme, 32)));
        }
        Payload::Text => out.add(at(ids::QR_TEXT)),
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_fit_in_the_head() {
        let longest = PAYMENT
            .iter()
            .chain(CRYPTO_SCHEMES)
            .map(|(p, _)| p.len())
            .chain(
                GROUP
                    .iter()
                    .chain(FRIEND)
                    .map(|(p, _)| "https://www.".len() + p.len()),
            )
            .chain([
                "alipays://platformapi/startapp".len(),
                // The longest deep-link scheme, and its `://`.
                32 + "://".len(),
            ])
            .max()
            .unwrap();
        assert!(longest <= HEAD_BYTES - 3, "{longest}");
        let long_message = format!("{}wxp://", "很".repeat(40));
        assert_eq!(classify_detail(&long_message).0, Payload::Text);
        let long_scheme = format!("{}://x", "a".repeat(32));
        assert_eq!(classify_detail(&long_scheme).0, Payload::AppLink);
        let too_long_scheme = format!("{}://x", "a".repeat(33));
        assert_eq!(classify_detail(&too_long_scheme).0, Payload::Text);
    }

    #[test]
    fn classifies_payloads() {
        let cases: &[(&str, Payload)] = &[
            ("https://www.icbc.com.cn/", Payload::Url),
            (
                "wxp://f2f0KTkz3Uxc2UwQBh9jYkG1rPUMgsHvbQC1",
                Payload::Payment,
            ),
            ("https://qr.alipay.com/fkx12345abcde", Payload::Payment),
            ("https://qr.95516.com/00010000/0123456789", Payload::Payment),
            (
                "alipays://platformapi/startapp?appId=20000067&url=https%3A%2F%2Fevil.example",
                Payload::AppLink,
            ),
            ("https://weixin.qq.com/g/AbCdEf", Payload::GroupInvite),
            ("https://t.me/+AbCdEfGh", Payload::GroupInvite),
            ("https://t.me/joinchat/AbCdEf", Payload::GroupInvite),
            ("https://chat.whatsapp.com/AbCdEf", Payload::GroupInvite),
            ("https://t.me/some_user", Payload::AddFriend),
            ("https://wa.me/8613800138000", Payload::AddFriend),
            ("https://u.wechat.com/AbCdEf", Payload::AddFriend),
            ("https://t.me/", Payload::Url),
            (
                "bitcoin:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh?amount=0.1",
                Payload::Crypto,
            ),
            (
                "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
                Payload::Crypto,
            ),
            ("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlx", Payload::Text), // bad checksum
            (
                "0x52908400098527886E0F7030069857D2E4169EE7",
                Payload::Crypto,
            ),
            ("TJRabPrwbZy45sbavfcjinPJC18kjpRTv8", Payload::Crypto),
            ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", Payload::Crypto),
            ("11111111111111111111111111", Payload::Text),
            ("WIFI:T:WPA;S:home;P:secret;;", Payload::Wifi),
            ("tel:10086", Payload::Phone),
            ("SMSTO:10690000:TD", Payload::Sms),
            ("mailto:a@b.com", Payload::Email),
            ("BEGIN:VCARD\nFN:张三\nEND:VCARD", Payload::Contact),
            ("MECARD:N:Zhang;TEL:123;;", Payload::Contact),
            ("otpauth://totp/x?secret=ABC", Payload::Otp),
            ("snssdk1128://user/profile/123", Payload::AppLink),
            ("你好，明天见", Payload::Text),
            ("", Payload::Text),
        ];
        for (text, want) in cases {
            assert_eq!(classify(text), *want, "{text:?}");
        }
    }

    #[test]
    fn records_what_scanning_does() {
        let cases: &[(&str, &str)] = &[
            ("WIFI:T:nopass;S:Free;;", "qr.wifi_open"),
            ("WIFI:T:WEP;S:Cafe;P:x;;", "qr.wifi_open"),
            ("WIFI:T:WPA;S:home;P:secret;;", "qr.wifi"),
            ("https://weixin.qq.com/g/AbCdEf", "qr.group_invite"),
            ("wxp://f2f0abc", "qr.payment"),
            ("TJRabPrwbZy45sbavfcjinPJC18kjpRTv8", "qr.crypto"),
            ("sms:10690000?body=TD", "qr.sms"),
            ("  tel:95588", "qr.call"),
            ("hello", "qr.text"),
        ];
        for (text, rule) in cases {
            let mut f = Findings::default();
            analyze(text, &mut f);
            let got: Vec<&str> = f.list.iter().map(|f| f.rule.def().id).collect();
            assert_eq!(got, [*rule], "{text:?}");
            assert!(f.list[0]
                .spans
                .iter()
                .all(|(s, e)| s <= e && *e <= text.len()));
        }
    }
}
