//! A fast hash for the engine's lookup tables (public suffixes, brand domains, look-alike
//! neighbours, shorteners, TLDs). They are built once from the rule pack and never take
//! keys from the input, so the DoS resistance of the standard SipHash buys nothing there,
//! while every URL costs dozens of lookups.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hash (as in rustc): one rotate, xor and multiply per 8 bytes.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(w);
            self.add(u64::from_le_bytes(buf));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u16(&mut self, i: u16) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with the [`FxHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with the [`FxHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_put_in() {
        let words = ["com", "com.cn", "a", "", "icbc-verify.top", "xn--fiqs8s"];
        let set: FastSet<&str> = words.iter().copied().collect();
        for w in words {
            assert!(set.contains(w), "{w:?}");
        }
        for w in ["co", "com.c", "b", "icbc-verify.to"] {
            assert!(!set.contains(w), "{w:?}");
        }
        let mut map: FastMap<(&str, &str), u16> = FastMap::default();
        map.insert(("cn", "com"), 1);
        assert_eq!(map.get(&("cn", "com")), Some(&1));
        assert_eq!(map.get(&("cn", "co")), None);
    }
}
