//! The `Stage` boundary and the `Pipeline` that runs stages in order.

use crate::Document;

/// Why a stage could not process a document. The batch goes on with the next document.
#[derive(Debug, thiserror::Error)]
#[error("{stage}: {message}")]
pub struct StageError {
    pub stage: &'static str,
    pub message: String,
}

impl StageError {
    pub fn new(stage: &'static str, message: impl Into<String>) -> Self {
        StageError {
            stage,
            message: message.into(),
        }
    }
}

/// One pipeline stage: reads the layers earlier stages wrote and adds its own. It never
/// re-reads input, re-tokenises, or calls a later stage. Built once, shared across threads.
pub trait Stage: Send + Sync {
    fn name(&self) -> &'static str;
    fn process(&self, doc: &mut Document) -> Result<(), StageError>;
}

/// An ordered list of stages, built once and run on every document.
#[derive(Default)]
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with(mut self, stage: impl Stage + 'static) -> Self {
        self.stages.push(Box::new(stage));
        self
    }

    /// The stages in order (to time them one by one, as `dossier bench code` does).
    pub fn stages(&self) -> impl Iterator<Item = &dyn Stage> {
        self.stages.iter().map(|s| s.as_ref())
    }

    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Runs every stage in order; stops at the first error for this document.
    pub fn run(&self, doc: &mut Document) -> Result<(), StageError> {
        for s in &self.stages {
            s.process(doc)?;
        }
        Ok(())
    }
}
