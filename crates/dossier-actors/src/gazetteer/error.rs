//! The one error type of the gazetteer: a message tied to a file and line, printed as
//! `file:line: message`. Parse errors and validation findings both use it.

/// A problem in a gazetteer data file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct GazetteerError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl GazetteerError {
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        Self {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}
