//! dossier-nlp: the analyse stage (placeholder until written).
