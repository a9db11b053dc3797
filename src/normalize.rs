//! Normalization: the views of the input that cues are matched in, each with a map back to
//! the original byte offsets.
//!
//! - [`Views::folded`]: full-width forms folded to ASCII, lower case, invisible characters
//!   (zero-width, bidi controls, soft hyphens, other control characters) removed, and the
//!   obfuscated spellings of the pack's `variant` lists replaced by the word they stand for
//!   (薇信 → 微信). ASCII cue phrases are matched here, on word boundaries.
//! - [`Views::compact`]: the folded view without anything that is not a letter or digit, so
//!   that `刷 单`, `刷*单`, `刷.单` and `刷🌟单` all read `刷单`. A single ASCII letter or digit
//!   wedged between two CJK characters (`刷1单`, `返x利`) is dropped too: Chinese words do not
//!   hold one, and scammers insert one to break keyword filters. CJK cue phrases are matched
//!   here.
//!
//! Before either view, characters are folded ([`fold_char`]: full-width, mathematical and
//! circled letters and digits to ASCII, lower case) and traditional characters are turned into
//! simplified ones (`src/normalize_tables.rs`), so `詐騙`, `ＶＸ` and `𝐅𝐑𝐄𝐄` read as `诈骗`,
//! `vx` and `free`.

mod variants;

use variants::Variants;

/// A transformed text with a map from each of its bytes back to the original bytes it came
/// from.
///
/// The map is a list of `Piece`s rather than an entry per byte: most of a text is copied
/// unchanged (or changed in place, such as `A` → `a`), and such a stretch maps back by an
/// offset.
#[derive(Debug, Default, Clone)]
pub struct MappedText {
    /// The transformed text.
    pub text: String,
    /// The stretches of `text`, in order, the first at byte 0 (none when `text` is empty).
    pieces: Vec<Piece>,
}

/// A stretch of a [`MappedText`], from its `at` to the next piece's (or the text's end).
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// Where the stretch starts in the text.
    at: u32,
    /// Where its source starts in the original.
    orig: u32,
    /// How its bytes map back.
    source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Source {
    /// Byte `at + k` stands for original byte `orig + k`, in a character of the same length:
    /// character boundaries agree.
    Shifted,
    /// Every byte stands for the original bytes `orig..end` (one character folded to another
    /// length, or an obfuscated spelling replaced by its word).
    Whole(u32),
}

impl MappedText {
    /// An empty text with room for `n` bytes (and the pieces of a typical text that long:
    /// one every few characters of full-width punctuation).
    fn with_capacity(n: usize) -> Self {
        MappedText {
            text: String::with_capacity(n),
            pieces: Vec::with_capacity(n / 16 + 4),
        }
    }

    /// Appends `piece`, joining it to the last one when both shift by the same offset.
    #[inline]
    fn add_piece(&mut self, piece: Piece) {
        if let Some(last) = self.pieces.last() {
            if piece.source == Source::Shifted
                && last.source == Source::Shifted
                && last.orig + (piece.at - last.at) == piece.orig
            {
                return;
            }
        }
        self.pieces.push(piece);
    }

    /// Appends `s`, which stands for original bytes `orig..orig + s.len()` character by
    /// character, each of the same length.
    fn push_shifted(&mut self, s: &str, orig: u32) {
        if !s.is_empty() {
            let at = self.text.len() as u32;
            self.add_piece(Piece {
                at,
                orig,
                source: Source::Shifted,
            });
            self.text.push_str(s);
        }
    }

    /// Appends `s`, every byte of which stands for original bytes `start..end`.
    fn push_whole(&mut self, s: &str, start: u32, end: u32) {
        let at = self.text.len() as u32;
        self.add_piece(Piece {
            at,
            orig: start,
            source: Source::Whole(end),
        });
        self.text.push_str(s);
    }

    /// Appends `from.text[start..end]` (whole characters) with its map. `piece` is the index
    /// of a piece of `from` at or before the one that holds `start`, moved to that one: ranges
    /// appended in order then find their pieces in one pass.
    fn append_range(&mut self, from: &MappedText, start: usize, end: usize, piece: &mut usize) {
        if start >= end {
            return;
        }
        while from
            .pieces
            .get(*piece + 1)
            .is_some_and(|p| p.at as usize <= start)
        {
            *piece += 1;
        }
        let base = self.text.len();
        for p in from.pieces[*piece..]
            .iter()
            .take_while(|p| (p.at as usize) < end)
        {
            let s = (p.at as usize).max(start);
            self.add_piece(Piece {
                at: (base + s - start) as u32,
                orig: match p.source {
                    Source::Shifted => p.orig + (s - p.at as usize) as u32,
                    Source::Whole(_) => p.orig,
                },
                source: p.source,
            });
        }
        self.text.push_str(&from.text[start..end]);
    }

    /// The index of the piece holding byte `i` (which is below the text's length).
    fn piece_of(&self, i: usize) -> usize {
        self.pieces.partition_point(|p| p.at as usize <= i) - 1
    }

    /// The start of the original character(s) that byte `i` of piece `p` comes from.
    fn orig_start(&self, p: Piece, i: usize) -> usize {
        match p.source {
            Source::Shifted => {
                let bytes = self.text.as_bytes();
                let mut s = i;
                while s > p.at as usize && bytes[s] & 0xC0 == 0x80 {
                    s -= 1;
                }
                p.orig as usize + (s - p.at as usize)
            }
            Source::Whole(_) => p.orig as usize,
        }
    }

    /// The end of the original character(s) that byte `i` of piece `p` comes from.
    fn orig_end(&self, p: Piece, i: usize) -> usize {
        match p.source {
            Source::Shifted => {
                let bytes = self.text.as_bytes();
                let mut e = i + 1;
                while e < bytes.len() && bytes[e] & 0xC0 == 0x80 {
                    e += 1;
                }
                p.orig as usize + (e - p.at as usize)
            }
            Source::Whole(end) => end as usize,
        }
    }

    /// The first byte of this text that comes from original byte `orig` or later (the text's
    /// length when none does). The map only grows, so this is a binary search.
    pub fn from_original(&self, orig: usize) -> usize {
        // Pieces before `next` start below `orig`; the answer is in the last of them or is
        // where `next` starts.
        let next = self.pieces.partition_point(|p| (p.orig as usize) < orig);
        let next_at = self
            .pieces
            .get(next)
            .map_or(self.text.len(), |p| p.at as usize);
        let Some(p) = next.checked_sub(1).map(|i| self.pieces[i]) else {
            return next_at;
        };
        if p.source != Source::Shifted {
            return next_at;
        }
        // The first character boundary at or after the byte that stands for `orig`.
        let bytes = self.text.as_bytes();
        let mut i = p.at as usize + (orig - p.orig as usize);
        while i < next_at && bytes[i] & 0xC0 == 0x80 {
            i += 1;
        }
        i.min(next_at)
    }

    /// Maps a byte range of this text back to the original input.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || end > self.text.len() {
            return (0, 0);
        }
        let first = self.piece_of(start);
        // Most ranges lie within one piece: look for the last byte's from there.
        let last = match self.pieces.get(first + 1) {
            Some(next) if (next.at as usize) < end => self.piece_of(end - 1),
            _ => first,
        };
        (
            self.orig_start(self.pieces[first], start),
            self.orig_end(self.pieces[last], end - 1),
        )
    }
}

/// The normalized views of one input.
#[derive(Debug, Clone)]
pub struct Views {
    /// Folded text (see the module docs).
    pub folded: MappedText,
    /// Folded text with only letters and digits (see the module docs).
    pub compact: MappedText,
    /// How many invisible or control characters were removed.
    pub invisible_removed: usize,
    /// The compact view's runs of characters copied from the folded view: (where each starts
    /// in `compact`, where in `folded`), in order.
    compact_runs: Vec<(u32, u32)>,
}

impl Views {
    /// The byte of the folded view that byte `i` of the compact view was copied from (`i` is
    /// below the compact view's length).
    pub fn folded_offset(&self, i: usize) -> usize {
        let r = self.compact_runs.partition_point(|&(c, _)| c as usize <= i) - 1;
        let (c, f) = self.compact_runs[r];
        f as usize + (i - c as usize)
    }
}

/// True for characters that render as nothing (or reorder text) and are used to hide words.
pub fn is_invisible(c: char) -> bool {
    !NONE_INVISIBLE.contains(&c) && listed_invisible(c)
}

/// Characters none of which is invisible, CJK ideographs among them: one test rules out most
/// of a Chinese text.
const NONE_INVISIBLE: std::ops::RangeInclusive<char> = '\u{3165}'..='\u{FDFF}';

/// The invisible characters, listed.
fn listed_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{E0000}'..='\u{E007F}')
}

/// True for the characters the views drop (after a C1 control is read as its Windows-1252
/// punctuation): invisible characters and controls other than whitespace.
#[inline]
fn is_removed(c: char) -> bool {
    is_invisible(c) || (c.is_control() && !c.is_whitespace())
}

/// How many characters [`Normalizer::views`] removes from `input`
/// ([`Views::invisible_removed`]), without building the views.
pub fn removed_count(input: &str) -> usize {
    if input.is_ascii() {
        // A URL, most often: only control characters other than white space are removed.
        return input
            .bytes()
            .filter(|b| b.is_ascii_control() && !b.is_ascii_whitespace() && *b != 0x0B)
            .count();
    }
    input
        .chars()
        .filter(|&c| is_removed(c1_as_cp1252(c).unwrap_or(c)))
        .count()
}

/// The Windows-1252 punctuation that a C1 control character stands for in mis-decoded text.
pub fn c1_as_cp1252(c: char) -> Option<char> {
    Some(match c {
        '\u{80}' => '€',
        '\u{82}' | '\u{91}' | '\u{92}' => '\'',
        '\u{84}' | '\u{93}' | '\u{94}' => '"',
        '\u{85}' => '…',
        '\u{96}' | '\u{97}' => '-',
        '\u{8B}' => '<',
        '\u{9B}' => '>',
        _ => return None,
    })
}

/// True for bidirectional-override and isolate controls, which can make a text display in
/// another order than it reads.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Folds full-width, ideographic, mathematical-alphanumeric and circled forms to their ASCII
/// counterparts and lower-cases.
pub fn fold_char(c: char) -> char {
    if is_cjk(c) {
        return c;
    }
    let u = c as u32;
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{3002}' | '\u{FF61}' => '。',
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
        // 𝐀…𝚣: thirteen styles of A–Z a–z, 52 code points each.
        '\u{1D400}'..='\u{1D6A3}' => {
            let i = ((u - 0x1D400) % 52) as u8;
            if i < 26 {
                (b'a' + i) as char
            } else {
                (b'a' + i - 26) as char
            }
        }
        // 𝟎…𝟿: five styles of 0–9.
        '\u{1D7CE}'..='\u{1D7FF}' => (b'0' + ((u - 0x1D7CE) % 10) as u8) as char,
        '\u{2460}'..='\u{2468}' => (b'1' + (u - 0x2460) as u8) as char,
        '\u{24B6}'..='\u{24CF}' => (b'a' + (u - 0x24B6) as u8) as char,
        '\u{24D0}'..='\u{24E9}' => (b'a' + (u - 0x24D0) as u8) as char,
        _ => c,
    };
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else if is_cjk(c) {
        // Ideographs have no case; asking Unicode's tables costs more (much more in the
        // browser's wasm) than the rest of folding them.
        c
    } else if c.is_uppercase() {
        c.to_lowercase().next().unwrap_or(c)
    } else {
        c
    }
}

/// `c.is_alphanumeric()`, answered without Unicode's tables for Chinese text's common
/// punctuation. In a browser the table look-ups showed up as a sixth of a Chinese message's
/// check (Chromium's profiler); ideographs are best tested with [`is_cjk`] first.
#[inline]
pub fn is_letter_or_digit(c: char) -> bool {
    match c {
        // Dashes, quotes, bullets, the ellipsis; 、。 and the brackets 〈〉《》「」『』【】.
        '\u{2010}'..='\u{2027}' | '\u{3001}' | '\u{3002}' | '\u{3008}'..='\u{3011}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// True for CJK ideographs (the characters of Chinese words).
#[inline]
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// The compact view of `folded` (see [`Views::compact`]) and the runs it was copied in, which
/// map it back to `folded`.
fn compact_view(folded: &MappedText) -> (MappedText, Vec<(u32, u32)>) {
    // The compact view is made of whole characters of the folded view, in order, each
    // keeping its map (every byte of a folded character maps to the same original range):
    // runs of them are copied at once.
    let mut compact = MappedText::with_capacity(folded.text.len());
    let mut run = CopyRun::default();
    // Letters and digits only; `held` is a lone ASCII letter or digit (its byte offset)
    // that follows a CJK character, pushed only if the next kept character is not CJK as
    // well.
    let mut prev_cjk = false;
    let mut held: Option<usize> = None;
    let mut held_alone = false;
    let bytes = folded.text.as_bytes();
    let mut next = 0;
    while let Some(&lead) = bytes.get(next) {
        let i = next;
        // The character at `i`, read from its lead byte where that says enough: the
        // ideographs U+5000..=U+9FFF (the bulk of a Chinese text) lead with E5..=E9 and ASCII
        // stands alone; the rest is decoded.
        let (len, kept, cjk) = match lead {
            0xE5..=0xE9 => (3, true, true),
            0..=0x7F => (1, lead.is_ascii_alphanumeric(), false),
            _ => {
                let c = folded.text[i..]
                    .chars()
                    .next()
                    .expect("a character starts here");
                let cjk = is_cjk(c);
                (c.len_utf8(), cjk || is_letter_or_digit(c), cjk)
            }
        };
        next = i + len;
        if !kept {
            continue;
        }
        // Kept and one byte long: an ASCII letter or digit.
        let ascii_alnum = len == 1;
        if let Some(h) = held {
            if ascii_alnum {
                // Two ASCII characters in a row: a real token, keep both.
                run.add(folded, h, 1, &mut compact);
                held = None;
                held_alone = false;
                run.add(folded, i, len, &mut compact);
                prev_cjk = false;
                continue;
            }
            if !(cjk && held_alone) {
                run.add(folded, h, 1, &mut compact);
            }
            held = None;
        }
        if prev_cjk && ascii_alnum {
            held = Some(i);
            held_alone = true;
            prev_cjk = false;
            continue;
        }
        run.add(folded, i, len, &mut compact);
        prev_cjk = cjk;
    }
    if let Some(h) = held {
        run.add(folded, h, 1, &mut compact);
    }
    run.flush(folded, &mut compact);
    (compact, run.runs)
}

/// Replaces obfuscated spellings with the words they stand for.
#[derive(Debug, Clone)]
pub struct Normalizer {
    variants: Variants,
    canonical: Vec<&'static str>,
    /// Per form: (starts with an ASCII letter or digit, ends with one). Such an edge must not
    /// touch another ASCII letter or digit (`vx` is not replaced inside `vxlan`, `加v` not in
    /// `加vip`).
    ascii_edges: Vec<(bool, bool)>,
}

impl Normalizer {
    /// Builds the normalizer from the pack's `variant` lists.
    pub fn new() -> Self {
        let forms: Vec<&str> = crate::rules::VARIANTS.iter().map(|(f, _)| *f).collect();
        Normalizer {
            variants: Variants::new(&forms),
            canonical: crate::rules::VARIANTS.iter().map(|(_, c)| *c).collect(),
            ascii_edges: forms
                .iter()
                .map(|f| {
                    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                    (alnum(f.chars().next()), alnum(f.chars().last()))
                })
                .collect(),
        }
    }

    /// Computes the views of `input`.
    pub fn views(&self, input: &str) -> Views {
        let mut first = MappedText::with_capacity(input.len());
        let mut invisible_removed = 0;
        let mut last_space = false;
        // Characters that stay as they are wait in `input[kept..i]` and are copied at once.
        let mut kept = 0;
        // Where a variant form may start in `first`: a few dozen places in a message, in one
        // allocation.
        let mut starts = Vec::with_capacity(64);
        for (i, c) in input.char_indices() {
            // What `c` becomes: `None` when it is dropped.
            let f = if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
                // The short way for the bulk of a Chinese text: an ideograph is neither
                // invisible, white space nor folded, only simplified.
                last_space = false;
                Some(crate::normalize_tables::to_simplified(c))
            } else {
                let f = if c.is_ascii() {
                    // The short way for ASCII, which only folds to lower case.
                    let removed = c.is_ascii_control() && !c.is_whitespace();
                    (!removed).then(|| c.to_ascii_lowercase())
                } else {
                    // Text decoded as Latin-1 that was Windows-1252 carries C1 controls for
                    // its quotes and dashes (`don\u{92}t`): read them as the punctuation they
                    // were.
                    let c = c1_as_cp1252(c).unwrap_or(c);
                    (!is_removed(c)).then(|| crate::normalize_tables::to_simplified(fold_char(c)))
                };
                match f {
                    None => {
                        invisible_removed += 1;
                        None
                    }
                    // A run of white space reads as one space.
                    Some(f) if f.is_whitespace() => {
                        let first_space = !last_space;
                        last_space = true;
                        first_space.then_some(' ')
                    }
                    Some(f) => {
                        last_space = false;
                        Some(f)
                    }
                }
            };
            if f.is_some_and(|f| self.variants.may_start(f)) {
                // Where `f` lands: after `first` and the characters waiting to be copied.
                starts.push(first.text.len() + i - kept);
            }
            if f == Some(c) {
                continue;
            }
            first.push_shifted(&input[kept..i], kept as u32);
            let (start, end) = (i as u32, (i + c.len_utf8()) as u32);
            kept = end as usize;
            let Some(f) = f else { continue };
            let mut buf = [0; 4];
            let f = f.encode_utf8(&mut buf);
            if f.len() == c.len_utf8() {
                first.push_shifted(f, start);
            } else {
                first.push_whole(f, start, end);
            }
        }
        first.push_shifted(&input[kept..], kept as u32);

        let folded = self.replace_variants(first, &starts);
        let (compact, compact_runs) = compact_view(&folded);
        Views {
            folded,
            compact,
            invisible_removed,
            compact_runs,
        }
    }

    /// Replaces the variant forms in `text` (which may start only at `starts`, in order) by
    /// the words they stand for.
    fn replace_variants(&self, text: MappedText, starts: &[usize]) -> MappedText {
        let mut out: Option<MappedText> = None;
        let bytes = text.text.as_bytes();
        let mut pos = 0;
        let mut piece = 0;
        self.variants.for_each(&text.text, starts, |m| {
            let (first_ascii, last_ascii) = self.ascii_edges[m.index];
            let is_word = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
            if (first_ascii && is_word(m.start.checked_sub(1).map(|i| bytes[i])))
                || (last_ascii && is_word(bytes.get(m.end).copied()))
            {
                return;
            }
            let out = out.get_or_insert_with(|| MappedText::with_capacity(text.text.len()));
            out.append_range(&text, pos, m.start, &mut piece);
            let (s, e) = text.to_original(m.start, m.end);
            out.push_whole(self.canonical[m.index], s as u32, e as u32);
            pos = m.end;
        });
        let Some(mut out) = out else { return text };
        out.append_range(&text, pos, text.text.len(), &mut piece);
        out
    }
}

impl Default for Normalizer {
    fn default() -> Self {
        Self::new()
    }
}

/// A range of bytes of one text waiting to be copied to another: characters added one by one
/// in order are copied in runs.
#[derive(Default)]
struct CopyRun {
    start: usize,
    end: usize,
    /// The piece of the source text that holds `start` (or one before it).
    piece: usize,
    /// The runs copied: (where each starts in the copy, where in the source).
    runs: Vec<(u32, u32)>,
}

impl CopyRun {
    /// Adds the `len` bytes at `at` of `from` (after those added before) to `to`.
    fn add(&mut self, from: &MappedText, at: usize, len: usize, to: &mut MappedText) {
        if at != self.end {
            self.flush(from, to);
            self.start = at;
        }
        self.end = at + len;
    }

    /// Copies what is waiting.
    fn flush(&mut self, from: &MappedText, to: &mut MappedText) {
        if self.start < self.end {
            self.runs.push((to.text.len() as u32, self.start as u32));
            to.append_range(from, self.start, self.end, &mut self.piece);
        }
        self.start = self.end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_agree_with_unicode_tables() {
        for c in (0..=0x3_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
            if is_cjk(c) {
                assert!(!c.is_uppercase(), "{c:?}");
            }
        }
    }

    #[test]
    fn the_lead_bytes_the_compact_view_trusts_start_only_ideographs() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let lead = c.encode_utf8(&mut [0; 4]).as_bytes()[0];
            if (0xE5..=0xE9).contains(&lead) {
                assert!(is_cjk(c), "{c:?}");
            }
        }
    }

    #[test]
    fn folded_and_compact_views_map_back_to_the_original() {
        let cases: &[(&str, &str, &str)] = &[
            // input, folded, compact
            ("ＡＢＣ１２３", "abc123", "abc123"),
            ("刷 单", "刷 单", "刷单"),
            ("刷*单返利", "刷*单返利", "刷单返利"),
            ("a\u{200B}b\u{202E}c", "abc", "abc"),
            ("  many   spaces ", " many spaces ", "manyspaces"),
            ("刷1单返x利", "刷1单返x利", "刷单返利"),
            ("刷🌟单", "刷🌟单", "刷单"),
            ("买5G手机", "买5g手机", "买5g手机"),
            ("日赚300元", "日赚300元", "日赚300元"),
            ("詐騙轉賬", "诈骗转账", "诈骗转账"),
            ("𝐅𝐑𝐄𝐄 ⓦⓘⓝ ①②", "free win 12", "freewin12"),
            ("加薇信", "加微信", "加微信"),
            ("don\u{92}t", "don't", "dont"),
            ("加vip会员", "加vip会员", "加vip会员"),
            ("vxlan", "vxlan", "vxlan"),
        ];
        let n = Normalizer::new();
        for (input, folded, compact) in cases {
            let v = n.views(input);
            assert_eq!(v.folded.text, *folded, "folded view of {input:?}");
            assert_eq!(v.compact.text, *compact, "compact view of {input:?}");
            let (s, e) = v.compact.to_original(0, v.compact.text.len());
            assert!(input.is_char_boundary(s) && input.is_char_boundary(e));
        }
    }

    #[test]
    fn no_invisible_character_lies_in_the_skipped_range() {
        let mut range = NONE_INVISIBLE;
        assert!(!range.any(listed_invisible));
    }

    #[test]
    fn counts_removed_characters_as_the_views_do() {
        let n = Normalizer::new();
        let every_ascii: String = (0..128u8).map(char::from).collect();
        for input in [
            "",
            &every_ascii,
            "plain text",
            "a\u{200B}b\u{202E}c\u{0007}d",
            "don\u{92}t \u{80}5 \u{9F}",
            "tab\tand\nnew\u{0B}line\u{85}",
            "刷\u{FEFF}单\u{E0041}",
        ] {
            assert_eq!(
                removed_count(input),
                n.views(input).invisible_removed,
                "{input:?}"
            );
        }
    }

    #[test]
    fn variant_spellings_become_the_word_they_stand_for() {
        let cases: &[(&str, &str)] = &[
            ("加我VX", "加我微信"),
            ("加V信详聊", "加微信详聊"),
            ("扣扣联系", "qq联系"),
            ("下载纸飞机", "下载telegram"),
            ("菠菜平台", "博彩平台"),
            ("支fu宝转账", "支付宝转账"),
            ("冲值100", "充值100"),
            // Ambiguous forms stay as written.
            ("明天的飞机几点起飞", "明天的飞机几点起飞"),
            ("卫星导航", "卫星导航"),
        ];
        let n = Normalizer::new();
        for (input, want) in cases {
            assert_eq!(
                n.views(input).folded.text,
                *want,
                "folded view of {input:?}"
            );
        }
    }

    #[test]
    fn spans_of_every_view_stay_on_original_character_boundaries() {
        let n = Normalizer::new();
        for input in [
            "刷1单，加VX：abc123",
            "ＶＸ：薇信😀刷.单",
            "詐騙 轉賬 𝐅𝐑𝐄𝐄",
            "\u{200B}x\u{FEFF}",
        ] {
            let v = n.views(input);
            for view in [&v.folded, &v.compact] {
                for (i, c) in view.text.char_indices() {
                    let (s, e) = view.to_original(i, i + c.len_utf8());
                    assert!(s < e && e <= input.len(), "{input:?} {c:?}");
                    assert!(
                        input.is_char_boundary(s) && input.is_char_boundary(e),
                        "{input:?} {c:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn compact_match_maps_to_the_obfuscated_original() {
        let n = Normalizer::new();
        let input = "快来刷.单吧";
        let v = n.views(input);
        let at = v.compact.text.find("刷单").unwrap();
        let (s, e) = v.compact.to_original(at, at + "刷单".len());
        assert_eq!(&input[s..e], "刷.单");
    }
}
