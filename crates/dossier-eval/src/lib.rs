//! dossier-eval: scorers and benchmarks (placeholder until written).
