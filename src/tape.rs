//! A flat encoding of any serde value (here: the [`Report`](crate::Report)) that JavaScript
//! turns into plain objects in one pass: a list of `u32` words and one UTF-16 string pool.
//!
//! Why: building the Report in JavaScript field by field through wasm-bindgen costs a crossing
//! between wasm and JS for every value and a `TextDecoder` call for every string; for a
//! 300-character scam message that was as long as the check itself. With the tape, the wasm
//! side crosses once: JS decodes the pool with one `TextDecoder("utf-16le")` call (a copy, where
//! UTF-8 would cost a real decode), slices each string out of it and builds the objects
//! (`src/tape.js`, which `scripts/build-wasm.sh` inlines into the module's glue).
//!
//! Words, one value after another (`n` counts the items that follow):
//!
//! | value | words |
//! | --- | --- |
//! | null, false, true | `NULL`, `FALSE`, `TRUE` |
//! | integer in i32 | `INT`, the value as two's complement |
//! | any other number | `FLOAT`, low word, high word of the f64's bits |
//! | string | `STR`, start, end (UTF-16 code units in the pool) |
//! | array | `ARRAY`, n, then n values |
//! | object | `OBJECT`, n, then n times: key number, value |
//!
//! After the value come the keys: start and end in the pool of key 0, 1, …, then their count.
//! Each distinct `&'static str` (serde's field names) is one key, so JS makes each property
//! name once per tape and finds it by number.

use serde::ser::{self, Serialize};
use std::fmt;

/// `null`.
pub const NULL: u32 = 0;
/// `false`.
pub const FALSE: u32 = 1;
/// `true`.
pub const TRUE: u32 = 2;
/// An integer that fits in an i32; one word follows.
pub const INT: u32 = 3;
/// Any other number; two words (low, high) of its f64 bits follow.
pub const FLOAT: u32 = 4;
/// A string; its start and end in the pool (UTF-16 code units) follow.
pub const STR: u32 = 5;
/// An array; its length, then its items, follow.
pub const ARRAY: u32 = 6;
/// An object; its number of fields, then key number and value for each, follow.
pub const OBJECT: u32 = 7;

const KEY_SLOTS: usize = 64;

/// One encoded value.
#[derive(Debug, Clone, PartialEq)]
pub struct Tape {
    /// The words (see the module docs).
    pub words: Vec<u32>,
    /// Every string of the value, one after another, in UTF-16.
    pub pool: Vec<u16>,
    /// Keys already numbered, by a hash of their address: (address, byte length, number).
    key_slots: [(usize, usize, u32); KEY_SLOTS],
    /// Start and end in the pool of key 0, 1, …
    keys: Vec<u32>,
    /// Key 0, 1, …: looked up when a key misses its slot (another key took it, or the same
    /// literal stands at another address), so that each key is pooled once whatever the
    /// layout of the binary.
    key_names: Vec<&'static str>,
}

/// Why a value could not be encoded.
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// Encodes `value`.
pub fn encode<T: Serialize + ?Sized>(value: &T) -> Result<Tape, Error> {
    let mut tape = Tape {
        words: Vec::with_capacity(1024),
        pool: Vec::with_capacity(4096),
        key_slots: [(0, 0, 0); KEY_SLOTS],
        keys: Vec::with_capacity(64),
        key_names: Vec::with_capacity(32),
    };
    value.serialize(&mut tape)?;
    tape.words.extend_from_slice(&tape.keys);
    tape.words.push(tape.keys.len() as u32 / 2);
    Ok(tape)
}

impl Tape {
    fn pooled(&mut self, s: &str) -> (u32, u32) {
        let start = self.pool.len() as u32;
        if s.is_ascii() {
            self.pool.extend(s.bytes().map(u16::from));
        } else {
            self.pool.extend(s.encode_utf16());
        }
        (start, self.pool.len() as u32)
    }

    fn string(&mut self, s: &str) {
        let (start, end) = self.pooled(s);
        self.words.extend_from_slice(&[STR, start, end]);
    }

    fn key(&mut self, key: &'static str) {
        // Field names are string literals: the same key is at the same address every time.
        let at = key.as_ptr() as usize;
        let slot = (at ^ (at >> 6)) % KEY_SLOTS;
        let number = match self.key_slots[slot] {
            (a, len, n) if a == at && len == key.len() => n,
            _ => {
                let n = match self.key_names.iter().position(|k| *k == key) {
                    Some(n) => n as u32,
                    None => {
                        let (s, e) = self.pooled(key);
                        self.keys.extend_from_slice(&[s, e]);
                        self.key_names.push(key);
                        self.key_names.len() as u32 - 1
                    }
                };
                self.key_slots[slot] = (at, key.len(), n);
                n
            }
        };
        self.words.push(number);
    }

    fn integer(&mut self, v: i64) {
        match i32::try_from(v) {
            Ok(i) => self.words.extend_from_slice(&[INT, i as u32]),
            Err(_) => self.number(v as f64),
        }
    }

    fn number(&mut self, v: f64) {
        if v.fract() == 0.0 && v >= f64::from(i32::MIN) && v <= f64::from(i32::MAX) {
            self.words.extend_from_slice(&[INT, (v as i32) as u32]);
        } else {
            let bits = v.to_bits();
            self.words
                .extend_from_slice(&[FLOAT, bits as u32, (bits >> 32) as u32]);
        }
    }

    /// Starts an array or object; returns where its count goes, filled in by [`Tape::close`].
    fn open(&mut self, op: u32) -> Compound<'_> {
        self.words.extend_from_slice(&[op, 0]);
        let at = self.words.len() - 1;
        Compound {
            tape: self,
            at,
            n: 0,
        }
    }
}

/// An array or object being written.
pub struct Compound<'a> {
    tape: &'a mut Tape,
    at: usize,
    n: u32,
}

impl Compound<'_> {
    fn close(self) {
        self.tape.words[self.at] = self.n;
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.n += 1;
        value.serialize(&mut *self.tape)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Result<(), Error> {
        self.tape.key(key);
        self.item(v)
    }
}

impl<'a> ser::Serializer for &'a mut Tape {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.words.push(if v { TRUE } else { FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.integer(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        match i64::try_from(v) {
            Ok(v) => self.integer(v),
            Err(_) => self.number(v as f64),
        }
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.number(v.into());
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.number(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = self.open(ARRAY);
        for b in v {
            seq.item(b)?;
        }
        seq.close();
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.words.push(NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        name: &'static str,
    ) -> Result<(), Error> {
        self.string(name);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let mut obj = self.open(OBJECT);
        obj.field(name, value)?;
        obj.close();
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open(ARRAY))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open(ARRAY))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open(ARRAY))
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error(format!("{name}: tuple variants are not encoded")))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error("maps are not encoded: use a struct".into()))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open(OBJECT))
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error(format!("{name}: struct variants are not encoded")))
    }
}

/// Arrays of every kind (sequences, tuples, tuple structs) are written the same way.
macro_rules! array_serializer {
    ($trait:ident, $method:ident) => {
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.item(value)
            }
            fn end(self) -> Result<(), Error> {
                self.close();
                Ok(())
            }
        }
    };
}

array_serializer!(SerializeSeq, serialize_element);
array_serializer!(SerializeTuple, serialize_element);
array_serializer!(SerializeTupleStruct, serialize_field);

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.field(key, v)
    }
    fn skip_field(&mut self, _: &'static str) -> Result<(), Error> {
        Ok(())
    }
    fn end(self) -> Result<(), Error> {
        self.close();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CheckOptions, Engine, Kind, Lang};
    use serde_json::{json, Map, Value};

    /// A JSON value as JavaScript sees it: every number a double.
    fn as_js(v: Value) -> Value {
        match v {
            Value::Number(n) => json!(n.as_f64().unwrap()),
            Value::Array(a) => Value::Array(a.into_iter().map(as_js).collect()),
            Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, as_js(v))).collect()),
            other => other,
        }
    }

    /// Reads a tape back the way `src/tape.js` does, into a JSON value.
    fn decode(t: &Tape) -> Value {
        let slice = |s: u32, e: u32| String::from_utf16(&t.pool[s as usize..e as usize]).unwrap();
        fn value(w: &[u32], i: &mut usize, slice: &dyn Fn(u32, u32) -> String) -> Value {
            let op = w[*i];
            *i += 1;
            let mut next = || {
                *i += 1;
                w[*i - 1]
            };
            match op {
                NULL => Value::Null,
                FALSE => Value::Bool(false),
                TRUE => Value::Bool(true),
                INT => json!(next() as i32),
                FLOAT => {
                    let (lo, hi) = (next() as u64, next() as u64);
                    json!(f64::from_bits(lo | hi << 32))
                }
                STR => {
                    let (s, e) = (next(), next());
                    Value::String(slice(s, e))
                }
                ARRAY => {
                    let n = next();
                    Value::Array((0..n).map(|_| value(w, i, slice)).collect())
                }
                OBJECT => {
                    let n = next();
                    let mut m = Map::new();
                    for _ in 0..n {
                        let k = w[*i] as usize;
                        *i += 1;
                        let at = w.len() - 1 - 2 * (w[w.len() - 1] as usize) + 2 * k;
                        m.insert(slice(w[at], w[at + 1]), value(w, i, slice));
                    }
                    Value::Object(m)
                }
                other => panic!("unknown op {other}"),
            }
        }
        let mut i = 0;
        let v = value(&t.words, &mut i, &slice);
        let keys = t.words[t.words.len() - 1] as usize;
        assert_eq!(i, t.words.len() - 1 - 2 * keys, "every word read");
        v
    }

    #[test]
    fn values_read_back_as_serde_json_writes_them() {
        #[derive(serde::Serialize)]
        struct Sample {
            name: &'static str,
            astral: String,
            #[serde(skip_serializing_if = "Option::is_none")]
            skipped: Option<u8>,
            none: Option<u8>,
            numbers: (i16, u64, f64, f64),
            flags: Vec<bool>,
            level: crate::Level,
            nested: Vec<Inner>,
        }
        #[derive(serde::Serialize)]
        struct Inner {
            name: &'static str,
            start16: usize,
        }
        let sample = Sample {
            name: "刷单",
            astral: "𝐅𝐑𝐄𝐄 😀 a\u{202E}b".into(),
            skipped: None,
            none: None,
            numbers: (-7, 4_000_000_000, 0.5, -3.0),
            flags: vec![true, false],
            level: crate::Level::High,
            nested: vec![
                Inner {
                    name: "x",
                    start16: 3,
                },
                Inner {
                    name: "",
                    start16: 0,
                },
            ],
        };
        let tape = encode(&sample).unwrap();
        assert_eq!(
            as_js(decode(&tape)),
            as_js(serde_json::to_value(&sample).unwrap())
        );
        // `name` is pooled once although three objects use it.
        let pool = String::from_utf16(&tape.pool).unwrap();
        assert_eq!(pool.matches("name").count(), 1);
    }

    #[test]
    fn reports_read_back_as_their_json() {
        let engine = Engine::new();
        let inputs = [
            ("", Kind::Auto),
            (
                "兼职刷单，日赚300，先垫付后返佣金，加VX：abc12345",
                Kind::Auto,
            ),
            (
                "https://www.icbc.com.cn.account-verify.top/login?x=%2F",
                Kind::Auto,
            ),
            ("WIFI:T:nopass;S:Free😀;;", Kind::Qr),
            (
                "URGENT! You have won a £1,000 prize. Call 09061701461 now",
                Kind::Auto,
            ),
        ];
        for (text, kind) in inputs {
            for lang in [Lang::Zh, Lang::En] {
                let report = engine.check(text, &CheckOptions { kind, lang });
                let tape = encode(&report).unwrap();
                assert_eq!(
                    as_js(decode(&tape)),
                    as_js(serde_json::to_value(&report).unwrap()),
                    "{text:?}"
                );
            }
        }
    }
}
