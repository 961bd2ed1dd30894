//! Feature hashing: 64-bit hashes of strings and of (template, value) combinations.
//!
//! Models key their weights by these hashes, so the functions here are part of the model format:
//! changing them invalidates every trained model. They must not allocate.

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Mixes one 64-bit value into a running hash.
#[inline]
pub fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(23) ^ x).wrapping_mul(K) ^ (x >> 29)
}

/// Final avalanche (murmur3 fmix64), so low bits are good for table indexing.
#[inline]
pub fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hash of a byte string.
#[inline]
pub fn bytes(b: &[u8]) -> u64 {
    let mut h = K ^ b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(buf));
    }
    finish(h)
}

/// Hash of a string.
#[inline]
pub fn str(s: &str) -> u64 {
    bytes(s.as_bytes())
}

/// The `k`-th training seed derived from `seed` (`k = 0` gives `seed` itself), for training
/// several models whose weights are then averaged.
#[inline]
pub fn nth_seed(seed: u64, k: u64) -> u64 {
    seed.wrapping_add(k.wrapping_mul(0x9E37_79B9_7F4A_7C16))
}

/// A feature key: template number `t` combined with one value hash.
#[inline]
pub fn feat1(t: u32, a: u64) -> u64 {
    finish(mix(t as u64 + 1, a)) | 1
}

/// A feature key: template number `t` combined with two value hashes.
#[inline]
pub fn feat2(t: u32, a: u64, b: u64) -> u64 {
    finish(mix(mix(t as u64 + 1, a), b)) | 1
}

/// A feature key: template number `t` combined with three value hashes.
#[inline]
pub fn feat3(t: u32, a: u64, b: u64, c: u64) -> u64 {
    finish(mix(mix(mix(t as u64 + 1, a), b), c)) | 1
}

#[cfg(test)]
mod tests {
    #[test]
    fn distinct_and_stable() {
        assert_ne!(super::str("ab"), super::str("ba"));
        assert_ne!(super::str(""), super::str("\0"));
        assert_ne!(super::feat1(1, 5), super::feat1(2, 5));
        assert_eq!(super::str("recruited"), super::str("recruited"));
        assert_eq!(super::feat1(3, 9) & 1, 1, "keys are never 0");
    }
}
