//! Entities of a message: phone numbers (and whether a claimed brand's hotline is really its
//! own), SMS short codes and premium-rate charges, bank cards, wallet addresses, chat handles,
//! amounts and rates. Each is listed in the report (`Findings::entity`); the telling ones also
//! record signals (`rules/signals/entities.toml`, `rules/signals/pitch.toml`).

use super::{Finding, Findings};
use crate::extract::{
    amounts, cards, crypto, find_word, handles, has_prefix, phones, rates, skip_to,
};
use crate::normalize::{is_cjk, Views};
use crate::phrases::PhraseSet;
use crate::rules::{ids, BRANDS};
use crate::wordlist::WordList;
use aho_corasick::MatchKind;
use std::cell::OnceCell;

/// Most entities of one kind examined in one check.
const MAX_PER_KIND: usize = 32;

/// Words that present a number as a service line (客服电话, hotline).
const SERVICE_WORDS: WordList = WordList::new(&[
    "客服",
    "热线",
    "专线",
    "服务电话",
    "官方电话",
    "咨询电话",
    "致电",
    "hotline",
    "helpline",
    "customer service",
    "call us",
]);

/// Markers of a per-message / per-minute / per-week charge, found right after a price.
const CHARGE_MARKERS: &[&str] = &[
    "p/",
    "p per min",
    "p per msg",
    "p per wk",
    "p per week",
    "p per txt",
    "p per call",
    "p per day",
    "ppm",
    "pmsg",
    "p msg",
    "/msg",
    "/min",
    "/wk",
    "/week",
    "/txt",
    "/call",
    "/pm",
    "/mtmsg",
    "per msg",
    "per min",
    "per wk",
    "per txt",
    "per call",
    "per day",
    "per week",
    "perweek",
    " min",
    "mtmsg",
    " each",
];
/// The first bytes of [`CHARGE_MARKERS`] (all ASCII), one bit each.
const MARKER_FIRST: u128 = {
    let mut set = 0;
    let mut i = 0;
    while i < CHARGE_MARKERS.len() {
        set |= 1 << CHARGE_MARKERS[i].as_bytes()[0];
        i += 1;
    }
    set
};
/// Markers that only count after a price in pence or pounds (`50p per day`, `£1.50 min`), not
/// after a bare number (`1 per day` is a dose).
const MONEY_ONLY: &[&str] = &[
    "per day", "per week", "perweek", " min", "mtmsg", "/pm", " each",
];

/// Looks up brands named in a text and the owners of service numbers.
#[derive(Debug, Clone)]
pub struct EntityAnalyzer {
    aliases: PhraseSet,
    alias_brand: Vec<usize>,
    alias_ascii: Vec<bool>,
    /// (digits of a hotline, brand index), sorted by digits.
    hotlines: Vec<(String, usize)>,
}

fn digits_of(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

impl EntityAnalyzer {
    /// Builds the brand-alias automaton and the hotline table from the pack's brand list.
    pub fn new() -> Self {
        let mut pats = Vec::new();
        let mut alias_brand = Vec::new();
        let mut alias_ascii = Vec::new();
        let mut hotlines = Vec::new();
        for (i, b) in BRANDS.iter().enumerate() {
            for a in b
                .aliases
                .iter()
                .chain(std::iter::once(b.name.zh))
                .chain(std::iter::once(b.name.en))
            {
                let a = a.trim().to_lowercase();
                if a.chars().count() < 2 || (a.is_ascii() && a.len() < 3) {
                    continue;
                }
                alias_ascii.push(a.is_ascii());
                pats.push(a);
                alias_brand.push(i);
            }
            for h in b.hotlines {
                let d = digits_of(h);
                if !d.is_empty() {
                    hotlines.push((d, i));
                }
            }
        }
        hotlines.sort();
        // A standard automaton, the leftmost-longest matches picked from its overlapping ones
        // (`claimed_brands`): it builds in two thirds of the time of a leftmost-longest one, and
        // the engine is built on every page load while brand names are looked for only when a
        // number needs them.
        let aliases = PhraseSet::new(
            &pats.iter().map(String::as_str).collect::<Vec<_>>(),
            MatchKind::Standard,
        );
        EntityAnalyzer {
            aliases,
            alias_brand,
            alias_ascii,
            hotlines,
        }
    }

    fn hotline_owner(&self, national: &str) -> Option<usize> {
        let i = self
            .hotlines
            .partition_point(|(d, _)| d.as_str() < national);
        self.hotlines
            .get(i)
            .filter(|(d, _)| d == national)
            .map(|(_, b)| *b)
    }

    /// Brands the folded text names (each once, in order of first mention).
    fn claimed_brands(&self, folded: &str) -> Vec<usize> {
        let bytes = folded.as_bytes();
        let mut out: Vec<usize> = Vec::new();
        for m in self.aliases.find_leftmost_longest(folded) {
            let idx = m.pattern().as_usize();
            if self.alias_ascii[idx] {
                let word = |i: Option<usize>| {
                    i.and_then(|i| bytes.get(i))
                        .is_some_and(u8::is_ascii_alphanumeric)
                };
                if word(m.start().checked_sub(1)) || word(Some(m.end())) {
                    continue;
                }
            }
            let b = self.alias_brand[idx];
            if !out.contains(&b) {
                out.push(b);
            }
        }
        out
    }

    /// Finds the entities of a message or pitch and records their signals.
    pub fn analyze(&self, original: &str, views: &Views, found: &mut Findings) {
        let folded = views.folded.text.as_str();
        let map = |s: usize, e: usize| views.folded.to_original(s, e);
        let text_of = |(s, e): (usize, usize)| original.get(s..e).unwrap_or("").to_string();
        let chinese = folded.chars().any(is_cjk);
        // The brands the text names matter only for some numbers: found on first use.
        let claimed: OnceCell<Vec<usize>> = OnceCell::new();

        let found_phones = phones::find_phones(folded, MAX_PER_KIND);
        let numbers = cards::find_long_numbers(folded, MAX_PER_KIND);
        let wallets = crypto::find_wallets(original, MAX_PER_KIND);
        let chat_handles = handles::find_handles(folded, MAX_PER_KIND);
        let found_amounts = amounts::find_amounts(folded, MAX_PER_KIND);
        let found_rates = rates::find_rates(folded, MAX_PER_KIND);
        // Every entity of these lists is recorded: room for them in one allocation.
        found.entities.reserve(
            found_phones.len()
                + numbers.len()
                + wallets.len()
                + chat_handles.len()
                + found_amounts.len()
                + found_rates.len(),
        );
        for p in &found_phones {
            let span = map(p.start, p.end);
            let written = original.get(span.0..span.1).unwrap_or("");
            found.entity("phone", span, written);
            let at = |rule| Finding::at(rule, span.0, span.1).arg("number", written);
            match p.kind {
                phones::PhoneKind::PremiumRate => found.add(at(ids::ENTITY_PREMIUM_RATE_NUMBER)),
                phones::PhoneKind::ChargedNonGeographic => {
                    found.add(at(ids::ENTITY_CHARGED_NUMBER))
                }
                phones::PhoneKind::VirtualMobile => found.add(at(ids::ENTITY_VIRTUAL_NUMBER)),
                phones::PhoneKind::Foreign if chinese || p.country.as_deref() == Some("00") => {
                    let cc = p.country.clone().unwrap_or_default();
                    found.add(at(ids::ENTITY_FOREIGN_NUMBER).arg("country", cc));
                }
                _ => {}
            }
            let claimed = || {
                claimed
                    .get_or_init(|| self.claimed_brands(folded))
                    .as_slice()
            };
            self.check_hotline(p, span, written, claimed, folded, found);
        }

        for c in phones::find_short_codes(folded, MAX_PER_KIND) {
            let span = map(c.start, c.end);
            found
                .add(Finding::at(ids::ENTITY_SMS_SHORT_CODE, span.0, span.1).arg("number", c.code));
        }
        if let Some((s, e)) = find_charge(folded) {
            let span = map(s, e);
            found.add(
                Finding::at(ids::ENTITY_PREMIUM_CHARGE, span.0, span.1).arg("text", text_of(span)),
            );
        }

        for n in numbers {
            let span = map(n.start, n.end);
            let masked = cards::mask(&n.digits);
            match n.kind {
                cards::LongNumber::BankCard => {
                    found.entity("bank_card", span, masked.clone());
                    found.add(
                        Finding::at(ids::ENTITY_BANK_CARD, span.0, span.1).arg("card", masked),
                    );
                }
                cards::LongNumber::IdNumber => found.entity("id_number", span, masked),
            }
        }

        for w in wallets {
            found.entity(
                "crypto_address",
                (w.start, w.end),
                &original[w.start..w.end],
            );
            found
                .add(Finding::at(ids::ENTITY_CRYPTO_ADDRESS, w.start, w.end).arg("chain", w.chain));
        }

        for h in chat_handles {
            let span = map(h.start, h.end);
            found.entity(
                "handle",
                span,
                format!("{}: {}", h.app.name(), text_of(span)),
            );
            if chinese && matches!(h.app, handles::App::Telegram | handles::App::WhatsApp) {
                found.add(
                    Finding::at(ids::ENTITY_OFFSHORE_CHAT, span.0, span.1)
                        .arg("app", h.app.name())
                        .arg("handle", h.handle),
                );
            }
        }

        for a in found_amounts {
            let span = map(a.start, a.end);
            found.entity("amount", span, text_of(span));
        }

        for r in &found_rates {
            let span = map(r.start, r.end);
            found.entity("rate", span, text_of(span));
        }
        super::pitch::analyze(views, &found_rates, found);
    }

    /// Records whether phone `p` is the official hotline of a brand the text names, or a
    /// number passed off as one. `claimed` gives the brands the text names (in order of first
    /// mention); it is called only for a number that may need them.
    fn check_hotline<'c>(
        &self,
        p: &phones::FoundPhone,
        span: (usize, usize),
        written: &str,
        claimed: impl FnOnce() -> &'c [usize],
        folded: &str,
        found: &mut Findings,
    ) {
        use phones::PhoneKind as K;
        let owner = self.hotline_owner(&p.national);
        // Only a known hotline, or a service or mobile number, can be reported below.
        if owner.is_none()
            && !matches!(
                p.kind,
                K::Service400 | K::Service95 | K::Mobile | K::VirtualMobile
            )
        {
            return;
        }
        let claimed = claimed();
        if let Some(b) = owner {
            if claimed.is_empty() || claimed.contains(&b) {
                found.add(
                    Finding::at(ids::ENTITY_OFFICIAL_HOTLINE, span.0, span.1)
                        .arg("number", written)
                        .arg("brand", BRANDS[b].name.zh),
                );
                return;
            }
        }
        // The brand the text claims that has known hotlines (the first such).
        let Some(&brand) = claimed.iter().find(|b| !BRANDS[**b].hotlines.is_empty()) else {
            return;
        };
        let def = &BRANDS[brand];
        let official = def.hotlines.join(" / ");
        match p.kind {
            K::Service400 | K::Service95 | K::Mobile | K::VirtualMobile | K::Other
                if owner.is_some() =>
            {
                found.add(
                    Finding::at(ids::ENTITY_HOTLINE_MISMATCH, span.0, span.1)
                        .arg("number", written)
                        .arg("brand", def.name.zh)
                        .arg("official", official),
                );
            }
            K::Service400 | K::Service95 => {
                found.add(
                    Finding::at(ids::ENTITY_HOTLINE_MISMATCH, span.0, span.1)
                        .arg("number", written)
                        .arg("brand", def.name.zh)
                        .arg("official", official),
                );
            }
            K::Mobile | K::VirtualMobile => {
                let mut from = p.start.saturating_sub(30);
                while !folded.is_char_boundary(from) {
                    from += 1;
                }
                let before = &folded[from..p.start];
                if SERVICE_WORDS.any_in(before) {
                    found.add(
                        Finding::at(ids::ENTITY_MOBILE_AS_HOTLINE, span.0, span.1)
                            .arg("number", written)
                            .arg("brand", def.name.zh),
                    );
                }
            }
            _ => {}
        }
    }
}

impl Default for EntityAnalyzer {
    fn default() -> Self {
        Self::new()
    }
}

/// The first per-message / per-minute / per-week price (`150p/msg`, `£1.50/wk`, `25p per min`),
/// or a stated cost of a message or call (`cost 50p`, `replies cost £1.50`).
fn find_charge(folded: &str) -> Option<(usize, usize)> {
    let bytes = folded.as_bytes();
    // One pass: a marker can only start right after a digit, or after a `p` that follows one.
    let mut at = 1;
    while at < bytes.len() {
        let prev = bytes[at - 1];
        if !(prev.is_ascii_digit() || (prev == b'p' && at >= 2 && bytes[at - 2].is_ascii_digit())) {
            // The next candidate follows the next digit.
            at = skip_to(bytes, at, |b| b.is_ascii_digit()) + 1;
            continue;
        }
        let first = bytes[at];
        if !first.is_ascii() || MARKER_FIRST & (1 << first) == 0 {
            at += 1;
            continue;
        }
        for m in CHARGE_MARKERS
            .iter()
            .filter(|m| m.as_bytes()[0] == first && has_prefix(&folded[at..], m))
        {
            // The marker must follow a price: digits, or digits then `p`.
            let mut i = at;
            if !m.starts_with('p') && i > 0 && bytes[i - 1] == b'p' {
                i -= 1;
            }
            let digits_end = i;
            while i > 0 && (bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.') {
                i -= 1;
            }
            if i == digits_end {
                continue;
            }
            let pence = digits_end < at;
            let pounds = folded[..i].ends_with('£');
            let word_ends =
                *m != " min" || !bytes.get(at + m.len()).is_some_and(u8::is_ascii_alphabetic);
            if MONEY_ONLY.contains(m) && !((pence || pounds) && word_ends) {
                continue;
            }
            let end = (at + m.len()..=folded.len())
                .find(|&e| e == folded.len() || !bytes[e].is_ascii_alphabetic())
                .unwrap_or(folded.len());
            let start = if i > 0 && folded[..i].ends_with('£') {
                i - '£'.len_utf8()
            } else {
                i
            };
            return Some((start, end));
        }
        at += 1;
    }
    let mut from = 0;
    while let Some(at) = find_word(bytes, from, b"cost") {
        from = at + 1;
        let Some(w) = ["cost ", "costs ", "cost£", "cost:"]
            .into_iter()
            .find(|w| has_prefix(&folded[at..], w))
        else {
            continue;
        };
        {
            let mut i = at + w.len();
            if w.ends_with('£') || folded[i..].starts_with('£') {
                i += if w.ends_with('£') {
                    0
                } else {
                    '£'.len_utf8()
                };
                let d = i;
                while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                    i += 1;
                }
                let end = d + folded[d..i].trim_end_matches('.').len();
                if end > d {
                    return Some((at, end));
                }
            } else {
                let d = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                if i > d
                    && bytes.get(i) == Some(&b'p')
                    && !bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
                {
                    return Some((at, i + 1));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_premium_charges() {
        let cases: &[(&str, Option<&str>)] = &[
            ("only 150p/msg, stop to end", Some("150p/msg")),
            ("calls cost 25p per min", Some("25p per min")),
            ("£1.50/wk to join", Some("£1.50/wk")),
            ("reply stop", None),
            ("the p/e ratio", None),
            ("just 50p per day after", Some("50p per day")),
            ("cost £1.50 min", Some("£1.50 min")),
            ("take 1 per day with food", None),
            ("text 1 to 83049. cost 50p +std text", Some("cost 50p")),
            ("all replies cost £1.50. 2 cancel", Some("cost £1.50")),
            ("the tickets cost 50 pounds", None),
        ];
        for (text, want) in cases {
            let got = find_charge(text).map(|(s, e)| &text[s..e]);
            assert_eq!(got, *want, "{text:?}");
        }
    }
}
