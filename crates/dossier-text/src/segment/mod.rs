//! Stage segment (placeholder until written).
