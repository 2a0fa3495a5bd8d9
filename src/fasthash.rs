//! A fast, non-cryptographic hasher for the run's own hash maps (interners, block keys).
//!
//! The standard `SipHash` resists collision attacks, but the keys hashed here are short
//! strings and small integer lists, millions of times per archive-scale run, where
//! `SipHash` is a visible share of the time. This is the multiply-rotate word hash used by
//! rustc (the "Fx" hash): a few instructions per 8 bytes. Worst case, crafted keys make a
//! run slower, never wrong.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hash map with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A hash set with [`FastHasher`]: for the word sets looked up per token (entity and
/// abbreviation lexicons, a document's accepted names).
pub type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FastHasher>>;

/// The multiply-rotate word hasher (see the module documentation).
#[derive(Debug, Clone, Copy, Default)]
pub struct FastHasher {
    hash: u64,
}

/// An odd constant with well-spread bits (2^64 / golden ratio, rounded to odd).
const SEED: u64 = 0x9e37_79b9_7f4a_7c15;

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            if let Some(to) = w.get_mut(..rest.len()) {
                to.copy_from_slice(rest);
            }
            // The length keeps "a" and "a\0" apart.
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn hash<T: Hash + ?Sized>(x: &T) -> u64 {
        BuildHasherDefault::<FastHasher>::default().hash_one(x)
    }

    #[test]
    fn equal_keys_hash_equal_and_near_keys_apart() {
        assert_eq!(hash("Amazon Web Services"), hash(&"Amazon Web Services".to_string()));
        let keys = ["", "a", "a\0", "b", "ab", "ba", "Amazon", "Amazon Web Services", "Amazon Web Servicez"];
        let mut hashes: Vec<u64> = keys.iter().map(hash).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), keys.len());
        assert_ne!(hash(&vec![1u32, 2]), hash(&vec![2u32, 1]));
        let mut m: FastMap<String, usize> = FastMap::default();
        for (i, k) in keys.iter().enumerate() {
            m.insert(k.to_string(), i);
        }
        assert!(keys.iter().enumerate().all(|(i, k)| m.get(*k) == Some(&i)));
    }
}
