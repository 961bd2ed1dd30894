//! The benchmark corpus: the example articles shipped in `examples/`, embedded so `bench` runs
//! from any directory.

/// (name, bytes) of each example article.
pub const EXAMPLES: [(&str, &[u8]); 3] = [
    (
        "000_f705a40a774d8523",
        include_bytes!("../../../../../examples/000_f705a40a774d8523.txt"),
    ),
    (
        "001_35a95caaa163bc07",
        include_bytes!("../../../../../examples/001_35a95caaa163bc07.txt"),
    ),
    (
        "002_0de988cda47a8b9e",
        include_bytes!("../../../../../examples/002_0de988cda47a8b9e.txt"),
    ),
];
