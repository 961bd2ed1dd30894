//! The `dossier` command line: parses flags, builds the pipeline, runs it, prints records.
//!
//! Policy lives here; the libraries (`dossier-text`, `dossier-nlp`, `dossier-eval`) know nothing
//! of flags, terminals or output formats.

mod cmd;
mod print;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dossier: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
