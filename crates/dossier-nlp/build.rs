//! Derives the binary word-cluster table from `data/clusters/glove-6b-50d.tsv.zst` at compile
//! time (see `src/clusters/table.rs`), so the binary loads it without parsing 200,000 lines.

#[path = "src/hash.rs"]
#[allow(dead_code)]
mod hash;

#[path = "src/clusters/table.rs"]
#[allow(dead_code)] // build.rs only writes the table
mod table;

use std::path::PathBuf;

fn main() {
    // (Read at run time, not baked in when the script compiles: a build script reused from
    // another checkout must still read this one's data.)
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let src = PathBuf::from(manifest).join("../../data/clusters/glove-6b-50d.tsv.zst");
    println!("cargo:rerun-if-changed={}", src.display());
    println!("cargo:rerun-if-changed=src/clusters/table.rs");
    println!("cargo:rerun-if-changed=src/hash.rs");
    let zst = std::fs::read(&src).unwrap_or_else(|e| panic!("reading {}: {e}", src.display()));
    let raw = zstd::stream::decode_all(zst.as_slice()).unwrap_or_else(|e| panic!("{}: zstd: {e}", src.display()));
    let text = String::from_utf8(raw).unwrap_or_else(|_| panic!("{}: not UTF-8", src.display()));
    let entries = table::parse_tsv(&text).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("clusters.bin");
    std::fs::write(&out, table::to_bytes(&entries)).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}
