//! Batch runner (being written).
