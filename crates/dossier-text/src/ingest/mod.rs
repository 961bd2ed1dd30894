//! Stage ingest (placeholder until written).
