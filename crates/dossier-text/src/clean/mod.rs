//! Stage clean (placeholder until written).
