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

/// Bytes of raw model per zstd frame. A model is written as independent frames (a valid zstd
/// stream: the `zstd` tool reads it) so that loading can decode them on several cores.
const FRAME_BYTES: usize = 4 << 20;

/// zstd-compresses a model file as a sequence of independent frames of [`FRAME_BYTES`].
pub fn compress(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in raw.chunks(FRAME_BYTES) {
        match zstd::bulk::compress(chunk, 19) {
            Ok(z) => out.extend_from_slice(&z),
            Err(_) => return raw.to_vec(),
        }
    }
    out
}

/// Decompresses a model file written by [`compress`] (one frame or several), decoding the
/// frames in parallel into one buffer when every frame records its size.
pub fn decompress(data: &[u8]) -> Result<Vec<u8>, FormatError> {
    let err = |e: std::io::Error| FormatError(format!("zstd: {e}"));
    let Some(frames) = frames(data) else {
        return zstd::stream::decode_all(data).map_err(err);
    };
    let total: usize = frames.iter().map(|f| f.1).sum();
    let mut out = vec![0u8; total];
    let mut slots = Vec::with_capacity(frames.len());
    let mut rest = out.as_mut_slice();
    for &(frame, size) in &frames {
        let (slot, tail) = rest.split_at_mut(size);
        slots.push((frame, slot));
        rest = tail;
    }
    // Spread the frames over the available cores.
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(slots.len())
        .max(1);
    let per = slots.len().div_ceil(workers);
    let results: Vec<Result<(), FormatError>> = std::thread::scope(|s| {
        let handles: Vec<_> = slots
            .chunks_mut(per)
            .map(|group| {
                s.spawn(move || {
                    for (frame, slot) in group.iter_mut() {
                        let n = zstd::bulk::decompress_to_buffer(frame, slot).map_err(err)?;
                        if n != slot.len() {
                            return Err(FormatError("zstd: frame shorter than its recorded size".into()));
                        }
                    }
                    Ok(())
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(FormatError("zstd: decoder panicked".into())))
            })
            .collect()
    });
    results.into_iter().collect::<Result<(), _>>()?;
    Ok(out)
}

/// The frames of a zstd stream with their decompressed sizes; `None` if a frame does not record
/// its size (then the stream is decoded sequentially).
fn frames(data: &[u8]) -> Option<Vec<(&[u8], usize)>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < data.len() {
        let rest = &data[at..];
        let len = zstd::zstd_safe::find_frame_compressed_size(rest).ok()?;
        let size = zstd::zstd_safe::get_frame_content_size(&rest[..len]).ok()??;
        if size > 1 << 30 || len == 0 {
            return None;
        }
        out.push((&rest[..len], size as usize));
        at += len;
    }
    (!out.is_empty()).then_some(out)
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

#[cfg(test)]
mod frame_tests {
    use super::*;

    #[test]
    fn many_frames_round_trip_in_parallel() {
        let raw: Vec<u8> = (0..(FRAME_BYTES * 2 + 12345)).map(|i| (i * 7 % 251) as u8).collect();
        let z = compress(&raw);
        assert_eq!(frames(&z).map(|f| f.len()), Some(3));
        assert_eq!(decompress(&z).unwrap(), raw);
    }

    #[test]
    fn damaged_streams_are_errors() {
        let z = compress(&vec![1u8; FRAME_BYTES + 10]);
        assert!(decompress(&z[..z.len() - 3]).is_err());
        assert!(decompress(b"not zstd").is_err());
    }
}
