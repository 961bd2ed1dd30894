//! A tiny little-endian binary codec for model files, and zstd (de)compression of them.
//!
//! Model files are `MAGIC`, a format version, then sections written with [`Writer`] and read back
//! in the same order with [`Reader`]. This module knows nothing about what the sections mean.

use std::fmt;

/// A model file that cannot be read.
#[derive(Debug)]
pub struct FormatError(pub String);

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad model file: {}", self.0)
    }
}

impl std::error::Error for FormatError {}

/// Appends values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.buf.extend_from_slice(s.as_bytes());
    }
    pub fn strs(&mut self, v: &[impl AsRef<str>]) {
        self.u32(v.len() as u32);
        for s in v {
            self.str(s.as_ref());
        }
    }
    pub fn u8s(&mut self, v: &[u8]) {
        self.u32(v.len() as u32);
        self.buf.extend_from_slice(v);
    }
    pub fn u16s(&mut self, v: &[u16]) {
        self.u32(v.len() as u32);
        v.iter().for_each(|x| self.buf.extend_from_slice(&x.to_le_bytes()));
    }
    pub fn i16s(&mut self, v: &[i16]) {
        self.u32(v.len() as u32);
        v.iter().for_each(|x| self.buf.extend_from_slice(&x.to_le_bytes()));
    }
    pub fn u32s(&mut self, v: &[u32]) {
        self.u32(v.len() as u32);
        v.iter().for_each(|x| self.buf.extend_from_slice(&x.to_le_bytes()));
    }
    pub fn u64s(&mut self, v: &[u64]) {
        self.u32(v.len() as u32);
        v.iter().for_each(|x| self.buf.extend_from_slice(&x.to_le_bytes()));
    }
}

/// Reads values back in the order they were written.
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Reader { data, pos: 0 }
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], FormatError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len());
        let end = end.ok_or_else(|| FormatError(format!("truncated at byte {}", self.pos)))?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn arr<const N: usize>(&mut self) -> Result<[u8; N], FormatError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    pub fn u8(&mut self) -> Result<u8, FormatError> {
        Ok(self.take(1)?[0])
    }
    pub fn u32(&mut self) -> Result<u32, FormatError> {
        Ok(u32::from_le_bytes(self.arr()?))
    }
    pub fn u64(&mut self) -> Result<u64, FormatError> {
        Ok(u64::from_le_bytes(self.arr()?))
    }
    pub fn f32(&mut self) -> Result<f32, FormatError> {
        Ok(f32::from_le_bytes(self.arr()?))
    }
    pub fn str(&mut self) -> Result<String, FormatError> {
        let n = self.u32()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| FormatError("string is not UTF-8".into()))
    }
    pub fn strs(&mut self) -> Result<Vec<String>, FormatError> {
        let n = self.u32()? as usize;
        (0..n).map(|_| self.str()).collect()
    }
    fn vec<T, const N: usize>(&mut self, f: fn([u8; N]) -> T) -> Result<Vec<T>, FormatError> {
        let n = self.u32()? as usize;
        let b = self.take(n.checked_mul(N).ok_or_else(|| FormatError("length overflow".into()))?)?;
        Ok(b.chunks_exact(N).map(|c| f(c.try_into().unwrap_or([0; N]))).collect())
    }
    pub fn u8s(&mut self) -> Result<Vec<u8>, FormatError> {
        self.vec::<u8, 1>(|a| a[0])
    }
    pub fn u16s(&mut self) -> Result<Vec<u16>, FormatError> {
        self.vec(u16::from_le_bytes)
    }
    pub fn i16s(&mut self) -> Result<Vec<i16>, FormatError> {
        self.vec(i16::from_le_bytes)
    }
    pub fn u32s(&mut self) -> Result<Vec<u32>, FormatError> {
        self.vec(u32::from_le_bytes)
    }
    pub fn u64s(&mut self) -> Result<Vec<u64>, FormatError> {
        self.vec(u64::from_le_bytes)
    }
    /// Checks a magic tag written with [`Writer::str`].
    pub fn expect(&mut self, magic: &str) -> Result<(), FormatError> {
        let got = self.str()?;
        if got != magic {
            return Err(FormatError(format!("expected {magic:?}, found {got:?}")));
        }
        Ok(())
    }
}

/// zstd-compresses a model file.
pub fn compress(raw: &[u8]) -> Vec<u8> {
    zstd::bulk::compress(raw, 19).unwrap_or_else(|_| raw.to_vec())
}

/// Decompresses a model file written by [`compress`].
pub fn decompress(data: &[u8]) -> Result<Vec<u8>, FormatError> {
    // One allocation of the right size when the frame records its size (ours do).
    if let Ok(Some(n)) = zstd::zstd_safe::get_frame_content_size(data) {
        if n <= 1 << 30 {
            return zstd::bulk::decompress(data, n as usize).map_err(|e| FormatError(format!("zstd: {e}")));
        }
    }
    zstd::stream::decode_all(data).map_err(|e| FormatError(format!("zstd: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut w = Writer::default();
        w.str("M");
        w.u32(7);
        w.u64s(&[1, u64::MAX]);
        w.i16s(&[-3, 4]);
        w.strs(&["a", "bc"]);
        let z = compress(&w.buf);
        let raw = decompress(&z).unwrap();
        let mut r = Reader::new(&raw);
        r.expect("M").unwrap();
        assert_eq!(r.u32().unwrap(), 7);
        assert_eq!(r.u64s().unwrap(), [1, u64::MAX]);
        assert_eq!(r.i16s().unwrap(), [-3, 4]);
        assert_eq!(r.strs().unwrap(), ["a", "bc"]);
        assert!(r.u8().is_err());
    }
}
