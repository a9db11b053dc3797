//! Phone numbers, service numbers and SMS short codes written in a text.
//!
//! Works on the folded view (full-width digits already ASCII). A number may be written with
//! single spaces, dashes, dots or brackets between its digits (`400-820-1234`, `138 1234 5678`).
//!
//! Not every run of digits a reader could dial is a phone number, and a report that calls a
//! handle's digits a "phone" loses the reader's trust. Left out are:
//! - digits glued to a letter on either side (`abc12345`, `SF1234567890`, `Box36504`): a
//!   handle's, a parcel's or an address's, unless the digits alone have the shape of a whole
//!   phone number ([`FoundPhone::whole`]: `call09050000327`, a mobile, a 400 number);
//! - a number written with a currency or a unit (`300-800元`, `¥300-800`, `1000-3000单`,
//!   `200 usd`): an amount or a count;
//! - a number right after a code's label (`邀请码888666`, `验证码为958812`, `code 12345`,
//!   `order #123-456`, `?t=1700000000`), unless it has the shape of a whole phone number;
//! - the tail of a run too long to be a phone (a card number's last group).

use crate::wordlist::WordList;

/// What kind of number a run of digits is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneKind {
    /// A mainland China mobile number (1[3-9]x, 11 digits).
    Mobile,
    /// A mainland mobile number of a virtual operator's range (162, 165, 167, 170, 171).
    VirtualMobile,
    /// A 400 / 800 company service number (10 digits).
    Service400,
    /// A 95xxx / 96xxx national service number (5 or 6 digits) such as a bank's hotline.
    Service95,
    /// A carrier or public-service short number (10086, 12315, 110, …).
    PublicShort,
    /// A number with a country code other than +86 (or the bogus `+00`).
    Foreign,
    /// A UK premium-rate number (09…, 11 digits) or a US 1-900 number.
    PremiumRate,
    /// A UK number charged above a normal call (084…, 087…, 070…).
    ChargedNonGeographic,
    /// A UK freephone number (0800, 0808).
    Freephone,
    /// Some other number (landline, UK mobile, …).
    Other,
}

/// A phone number found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundPhone {
    /// Byte range in the text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The digits, with a leading `+` when the text wrote an international prefix.
    pub digits: String,
    /// The digits without any +86 / 0086 prefix: what a service list would hold.
    pub national: String,
    /// What kind of number it is.
    pub kind: PhoneKind,
    /// The country code when the number is written with one (`86`, `44`, `855`, `00`).
    pub country: Option<String>,
}

impl FoundPhone {
    /// True when the number has the shape of a whole phone number on its own: written with a
    /// country code, or a mainland mobile, 400/800, premium-rate, charged or freephone number.
    /// Such a number is a phone even glued to a word (`call09050000327`); a shorter or
    /// shapeless one (`12345`, `95588`, a landline) only when it stands alone.
    pub fn whole(&self) -> bool {
        use PhoneKind as K;
        self.country.is_some()
            || matches!(
                self.kind,
                K::Mobile
                    | K::VirtualMobile
                    | K::Service400
                    | K::PremiumRate
                    | K::ChargedNonGeographic
                    | K::Freephone
            )
    }
}

/// Country codes of up to three digits (ITU E.164), enough to split `+855…` into `855`.
const THREE_DIGIT_CODES: &[&str] = &[
    "212", "213", "216", "218", "220", "221", "222", "223", "224", "225", "226", "227", "228",
    "229", "230", "231", "232", "233", "234", "235", "236", "237", "238", "239", "240", "241",
    "242", "243", "244", "245", "248", "249", "250", "251", "252", "253", "254", "255", "256",
    "257", "258", "260", "261", "262", "263", "264", "265", "266", "267", "268", "269", "290",
    "291", "297", "298", "299", "350", "351", "352", "353", "354", "355", "356", "357", "358",
    "359", "370", "371", "372", "373", "374", "375", "376", "377", "378", "380", "381", "382",
    "383", "385", "386", "387", "389", "420", "421", "423", "500", "501", "502", "503", "504",
    "505", "506", "507", "508", "509", "590", "591", "592", "593", "594", "595", "596", "597",
    "598", "599", "670", "672", "673", "674", "675", "676", "677", "678", "679", "680", "681",
    "682", "683", "685", "686", "687", "688", "689", "690", "691", "692", "850", "852", "853",
    "855", "856", "870", "880", "886", "960", "961", "962", "963", "964", "965", "966", "967",
    "968", "970", "971", "972", "973", "974", "975", "976", "977", "992", "993", "994", "995",
    "996", "998",
];

fn split_country(intl: &str) -> (&str, &str) {
    if let Some(rest) = intl.strip_prefix("00") {
        return ("00", rest);
    }
    if intl.starts_with('1') || intl.starts_with('7') {
        return intl.split_at(1);
    }
    if intl.len() > 3 && THREE_DIGIT_CODES.contains(&&intl[..3]) {
        return intl.split_at(3);
    }
    intl.split_at(2.min(intl.len()))
}

/// The three-digit public numbers (police, fire, ambulance, traffic accidents, directory):
/// other three-digit numbers are counts and prices (`125 gift`, `ard 116`, `/inv/123`).
const EMERGENCY: &[&str] = &["110", "112", "114", "119", "120", "122"];

/// Classifies a national (domestic) number.
pub fn classify_national(d: &str) -> PhoneKind {
    let n = d.len();
    let b = d.as_bytes();
    if n == 11 && d.starts_with("1900") || n == 10 && d.starts_with("900") {
        return PhoneKind::PremiumRate;
    }
    if n == 11 && b[0] == b'1' && (b'3'..=b'9').contains(&b[1]) {
        if ["162", "165", "167", "170", "171"]
            .iter()
            .any(|p| d.starts_with(p))
        {
            return PhoneKind::VirtualMobile;
        }
        return PhoneKind::Mobile;
    }
    if n == 10 && (d.starts_with("400") || d.starts_with("800")) {
        return PhoneKind::Service400;
    }
    if (n == 5 || n == 6) && (d.starts_with("95") || d.starts_with("96")) {
        return PhoneKind::Service95;
    }
    if (n == 3 && EMERGENCY.contains(&d))
        || (n == 5 && (d.starts_with("100") || d.starts_with("12")))
    {
        return PhoneKind::PublicShort;
    }
    if n == 11 && d.starts_with("09") {
        return PhoneKind::PremiumRate;
    }
    // 070 "personal numbers" cost as much as premium lines and are a favourite of callback scams.
    if n == 11 && (d.starts_with("087") || d.starts_with("084") || d.starts_with("070")) {
        return PhoneKind::ChargedNonGeographic;
    }
    if (n == 10 || n == 11) && (d.starts_with("0800") || d.starts_with("0808")) {
        return PhoneKind::Freephone;
    }
    PhoneKind::Other
}

fn is_sep(b: u8) -> bool {
    matches!(b, b' ' | b'-' | b'.' | b'(' | b')')
}

/// Currencies and units that make the number before them an amount or a count (`300-800元`,
/// `5000 usdt`, `1000-3000单`, `3 %`). The ASCII ones count as whole words only. Words that
/// also start what follows a service number are left out (`12345百姓热线`, `10000天翼`).
const UNITS: &[&str] = &[
    "元", "块", "角", "万", "亿", "美元", "美金", "港币", "港元", "欧元", "英镑", "日元", "刀",
    "个", "件", "单", "次", "份", "倍", "股", "张", "%", "‰", "usd", "usdt", "rmb", "cny", "hkd",
    "eur", "gbp", "btc", "eth", "yuan", "dollars", "pounds", "euros", "points",
];

/// Currency signs and codes that make the number after them an amount (`¥300-800`, `$1000`).
const CURRENCIES: &[&str] = &["¥", "￥", "$", "£", "€", "rmb", "usd"];

/// True when the number at `start..end` of `text` is an amount or a count: a currency comes
/// before it or a unit after it (a space between them aside).
fn is_quantity(text: &str, start: usize, end: usize) -> bool {
    let after = text[end..].trim_start_matches(' ');
    let unit = UNITS.iter().any(|u| {
        super::has_prefix(after, u)
            && !(u.as_bytes()[0].is_ascii_alphabetic()
                && after
                    .as_bytes()
                    .get(u.len())
                    .is_some_and(u8::is_ascii_alphanumeric))
    });
    unit || {
        let before = text[..start].trim_end_matches(' ');
        CURRENCIES.iter().any(|c| super::has_suffix(before, c))
    }
}

/// Labels of codes, ids, order and PO box numbers (`邀请码`, `订单号`, `code`, `#`, a URL's
/// `t=`): the number after one is the code. Any word ending in `码` is such a label too, but
/// `号码` (a phone number). The ASCII words count as whole words only.
const CODE_LABELS: &[&str] = &[
    "码",
    "口令",
    "暗号",
    "编号",
    "单号",
    "工号",
    "账号",
    "帐号",
    "会议号",
    "房间号",
    "群号",
    "qq",
    "qq号",
    "id",
    "code",
    "pin",
    "otp",
    "passcode",
    "password",
    "ref",
    "order",
    "box",
    "#",
    "=",
];

/// What may stand between a code's label and the code (`验证码为:`, `code is `).
const LABEL_JOINERS: &[&str] = &[" ", ":", "为", "是", "is"];

/// True when the number starting at `start` of `text` follows a code's label.
fn after_code_label(text: &str, start: usize) -> bool {
    let mut before = &text[..start];
    for _ in 0..4 {
        match LABEL_JOINERS.iter().find(|j| super::has_suffix(before, j)) {
            Some(j) => before = &before[..before.len() - j.len()],
            None => break,
        }
    }
    !super::has_suffix(before, "号码")
        && CODE_LABELS.iter().any(|l| {
            super::has_suffix(before, l)
                && !(l.as_bytes()[0].is_ascii_alphabetic()
                    && before.as_bytes()[..before.len() - l.len()]
                        .last()
                        .is_some_and(u8::is_ascii_alphanumeric))
        })
}

/// A byte of a word that digits glued to it belong to (`abc12345`, `wx_2024`).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Finds phone-like numbers (3 to 15 digits) in `text`, in order, at most `max`.
pub fn find_phones(text: &str, max: usize) -> Vec<FoundPhone> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() && out.len() < max {
        if !(bytes[i].is_ascii_digit() || bytes[i] == b'+') {
            i = super::skip_to(bytes, i, |b| b.is_ascii_digit() || b == b'+');
            continue;
        }
        let b = bytes[i];
        let plus = b == b'+' && bytes.get(i + 1).is_some_and(|c| c.is_ascii_digit());
        if !(b.is_ascii_digit() || plus)
            || (i > 0 && (bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.'))
        {
            i += 1;
            continue;
        }
        let start = i;
        if plus {
            i += 1;
        }
        // How many digits the number has so far (the `+` aside), and where it ended (and how
        // many digits it had) before its last separator.
        let mut count = 0;
        let mut end = i;
        let mut before_last_group = None;
        while i < bytes.len() {
            let c = bytes[i];
            if c.is_ascii_digit() {
                count += 1;
                i += 1;
                end = i;
            } else if is_sep(c)
                && bytes
                    .get(i + 1)
                    .is_some_and(|n| n.is_ascii_digit() || (c == b' ' && *n == b'('))
            {
                // A dot followed by 1-2 digits and then a non-digit is a decimal, not a number.
                if c == b'.' {
                    let run = bytes[i + 1..]
                        .iter()
                        .take_while(|x| x.is_ascii_digit())
                        .count();
                    if run <= 2 || count < 3 {
                        break;
                    }
                }
                before_last_group = Some((end, count));
                i += 1;
            } else {
                break;
            }
        }
        let whole_run = phone_at(text, start, end, count, plus);
        // A last group glued to a word may be the word's (`09061701461 2day`, `0800 195 0382
        // 4u`): when the digits make no whole number with it and do without it, the number
        // ends before it.
        let without_last_group = || {
            let (shorter_end, shorter_count) = before_last_group?;
            phone_at(text, start, shorter_end, shorter_count, plus).filter(FoundPhone::whole)
        };
        let phone = if bytes.get(end).is_some_and(|b| is_word_byte(*b))
            && !whole_run.as_ref().is_some_and(FoundPhone::whole)
        {
            without_last_group().or(whole_run)
        } else {
            whole_run
        };
        let Some(phone) = phone else { continue };
        let end = phone.end;
        // Digits glued to a word are the word's (`abc12345`, `20p`), and a number after a
        // code's label is the code (`邀请码888666`), unless it makes a whole phone number.
        if !phone.whole() {
            // After a word's digits, what follows may still be a number (`upd8 08001950382`).
            if start > 0 && is_word_byte(bytes[start - 1]) {
                i = start
                    + bytes[start..]
                        .iter()
                        .take_while(|b| b.is_ascii_digit())
                        .count();
                continue;
            }
            if bytes.get(end).is_some_and(|b| is_word_byte(*b)) || after_code_label(text, start) {
                continue;
            }
        }
        out.push(phone);
    }
    out
}

/// The phone-like number of `count` digits at `start..end` of `text` (a `+` first when
/// `plus`), if it may be one: not too long or too short, not an amount or a count.
fn phone_at(text: &str, start: usize, end: usize, count: usize, plus: bool) -> Option<FoundPhone> {
    let bytes = text.as_bytes();
    // A run too long to be a phone is dropped whole (a card's last group is no number of
    // its own), and so is an amount or a count (`300-800元`, `3%`).
    if !(3..=15).contains(&count) || is_quantity(text, start, end) {
        return None;
    }
    // The digits, with the `+`: all the digits between `start` and `end` are the number's.
    let mut digits = String::with_capacity(usize::from(plus) + count);
    if plus {
        digits.push('+');
    }
    digits.extend(
        bytes[start..end]
            .iter()
            .filter(|b| b.is_ascii_digit())
            .map(|b| char::from(*b)),
    );
    let intl = match digits.strip_prefix('+') {
        Some(r) => Some(r),
        None if digits.starts_with("00") && count >= 11 => Some(&digits[2..]),
        None => None,
    };
    let (national, country, kind) = match intl {
        Some(intl) => {
            let (cc, rest) = split_country(intl);
            match cc {
                "86" => (
                    rest.to_string(),
                    Some(cc.to_string()),
                    classify_national(rest),
                ),
                "44" => {
                    let nat = format!("0{rest}");
                    let k = if classify_national(&nat) == PhoneKind::PremiumRate {
                        PhoneKind::PremiumRate
                    } else {
                        PhoneKind::Foreign
                    };
                    (nat, Some(cc.to_string()), k)
                }
                _ => (rest.to_string(), Some(cc.to_string()), PhoneKind::Foreign),
            }
        }
        None => (digits.clone(), None, classify_national(&digits)),
    };
    // Bare 3- and 4-digit numbers are years, prices, counts: keep only public short numbers.
    if count < 5 && kind != PhoneKind::PublicShort {
        return None;
    }
    Some(FoundPhone {
        start,
        end,
        digits,
        national,
        kind,
        country,
    })
}

/// Words that ask to text or reply.
const ASK_WORDS: WordList = WordList::new(&["txt", "text", "send", "reply", "rply", "sms"]);

/// An SMS short code the text asks you to text a keyword to (`txt WIN to 87121`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundShortCode {
    /// Byte range in the text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The code.
    pub code: String,
}

/// Finds short codes (five digits, or four starting 6–8) written after "to" in a text that
/// asks to text or reply.
pub fn find_short_codes(text: &str, max: usize) -> Vec<FoundShortCode> {
    // Most texts hold no short code: look for the asking words only once one is found.
    let mut asks: Option<bool> = None;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() && out.len() < max {
        if !bytes[i].is_ascii_digit() {
            i = super::skip_to(bytes, i, |b| b.is_ascii_digit());
            continue;
        }
        if i > 0 && bytes[i - 1].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        // UK short codes: five digits, or four starting 6–8 (`8007`).
        let len = i - start;
        let four_ok = len == 4 && matches!(bytes[start], b'6'..=b'8');
        if !(len == 5 || four_ok) || bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        let mut from = start.saturating_sub(12);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..start];
        let to_before = before
            .trim_end_matches([' ', ':', '-'])
            .trim_end_matches("no")
            .trim_end_matches([' ', ':', '.'])
            .ends_with("to");
        if to_before && *asks.get_or_insert_with(|| ASK_WORDS.any_in(text)) {
            out.push(FoundShortCode {
                start,
                end: i,
                code: text[start..i].to_string(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_numbers() {
        let cases: &[(&str, &str, PhoneKind)] = &[
            ("电话13812345678", "13812345678", PhoneKind::Mobile),
            ("打 170 1234 5678", "17012345678", PhoneKind::VirtualMobile),
            ("16512345678", "16512345678", PhoneKind::VirtualMobile),
            ("客服400-820-1234", "4008201234", PhoneKind::Service400),
            ("致电95588", "95588", PhoneKind::Service95),
            ("+86 138 1234 5678", "13812345678", PhoneKind::Mobile),
            ("+855 12 345 678", "12345678", PhoneKind::Foreign),
            ("+00 1234 5678", "12345678", PhoneKind::Foreign),
            (
                "call 09061701461 now",
                "09061701461",
                PhoneKind::PremiumRate,
            ),
            (
                "call 08712405020.",
                "08712405020",
                PhoneKind::ChargedNonGeographic,
            ),
            (
                "freephone 0808 145 4742",
                "08081454742",
                PhoneKind::Freephone,
            ),
            ("拨打110报警", "110", PhoneKind::PublicShort),
            ("急救120", "120", PhoneKind::PublicShort),
            ("查号台114", "114", PhoneKind::PublicShort),
            ("铁路12306", "12306", PhoneKind::PublicShort),
            ("call 1-900-555-0100", "19005550100", PhoneKind::PremiumRate),
            ("致电96110", "96110", PhoneKind::Service95),
            ("市民热线12345", "12345", PhoneKind::PublicShort),
            ("中国移动10086", "10086", PhoneKind::PublicShort),
            ("+00 138-1234-5678", "13812345678", PhoneKind::Foreign),
            ("电话138-1234-5678", "13812345678", PhoneKind::Mobile),
            // Glued to a word, but a whole number all the same.
            (
                "to claim, call09050000327",
                "09050000327",
                PhoneKind::PremiumRate,
            ),
            (
                "apply 08452810075over18",
                "08452810075",
                PhoneKind::ChargedNonGeographic,
            ),
            (
                "help08714742804",
                "08714742804",
                PhoneKind::ChargedNonGeographic,
            ),
            ("tel13812345678", "13812345678", PhoneKind::Mobile),
            ("官方4008201234转1", "4008201234", PhoneKind::Service400),
            // A phone number's own label, or a whole number after a code's label.
            ("电话号码:95588", "95588", PhoneKind::Service95),
            ("客服号 95588", "95588", PhoneKind::Service95),
            ("登录账号13812345678", "13812345678", PhoneKind::Mobile),
            (
                "my pin is done, call 09061701461",
                "09061701461",
                PhoneKind::PremiumRate,
            ),
            // A last group glued to a word is the word's.
            (
                "call 09061701461 2day to claim",
                "09061701461",
                PhoneKind::PremiumRate,
            ),
            ("ring 0800 195 0382 4u", "08001950382", PhoneKind::Freephone),
            (
                "call 0871 246 0324 (10p/min)",
                "08712460324",
                PhoneKind::ChargedNonGeographic,
            ),
            // The digits of a word before it are not the number's.
            (
                "call mobileupd8 08001950382",
                "08001950382",
                PhoneKind::Freephone,
            ),
        ];
        for (text, national, kind) in cases {
            let found = find_phones(text, 8);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert_eq!(found[0].national, *national, "{text:?}");
            assert_eq!(found[0].kind, *kind, "{text:?}");
            let span = &text[found[0].start..found[0].end];
            assert!(
                span.chars().next().unwrap().is_ascii_digit() || span.starts_with('+'),
                "{text:?} {span:?}"
            );
        }
    }

    #[test]
    fn ignores_amounts_rates_and_years() {
        for text in [
            "日赚300元",
            "年化12.5%",
            "2024年5月",
            "20p/min",
            "价格 1.50",
            "3.1415926",
            "版本 1.2.3",
            // Digits glued to letters are a handle's, a parcel's, a flight's, an address's.
            "加导师微信：abc12345",
            "微信wx_95588",
            "快递单号sf1234567890",
            "航班ba123",
            "po box36504w45wq",
            "12345abc",
            // A shorter number than the run, when it is no whole one, is not a number either.
            "ref 1234 5678 9x",
            "to 61200 (25p)",
            "qq号abc95588",
            // The last group of a card number is no number of its own.
            "卡号 6222 0212 3456 7890 128",
            // A currency or a unit makes a number, or a range, an amount or a count.
            "日赚300-800元不是问题",
            "月入12000元",
            "额度提升至96000-98000 元",
            "返利¥300-800",
            "充值 $ 12000",
            "每天完成1000-3000单",
            "earn 12000-15000 usd a month",
            "deposit 95000 usdt",
            "年化 12345 %",
            "rmb 12345",
            // A code's label makes the number after it a code, an id or an order number.
            "注册时填写邀请码888666",
            "您的验证码为:958812，5分钟内有效",
            "推荐码 12345",
            "取件码3-2-1234",
            "股票代码600519",
            "口令95588",
            "订单号:96112345",
            "会员编号 123456",
            "资金账号123456789",
            "qq:12345678",
            "identifier code 12345. expires soon",
            "your code is 482913",
            "pin: 12345",
            "ref 1234567",
            "your order #123-456 has shipped",
            "https://qr.alipay.com/x?t=1700000000",
            "alipays://platformapi/startapp?appid=20000067",
            "po box 114/14 tcr/w1",
            // Three digits are a public number only when they are one.
            "or 125 gift guaranteed",
            "ard 116 but i need",
            "https://fapiao.example.com/inv/123",
        ] {
            let found = find_phones(text, 8);
            assert!(found.is_empty(), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn finds_short_codes_after_to() {
        let cases: &[(&str, &[&str])] = &[
            ("txt win to 87121 now", &["87121"]),
            ("text claim to no: 81010", &["81010"]),
            ("reply stop to 62468", &["62468"]),
            ("rply tone title to 8007", &["8007"]),
            ("text me, i'll be home to 2000", &[]),
            ("meet you at 10:30 near 12345", &[]),
            ("i want to 12345", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = find_short_codes(text, 8)
                .into_iter()
                .map(|c| c.code)
                .collect();
            assert_eq!(got, *want, "{text:?}");
        }
    }
}
