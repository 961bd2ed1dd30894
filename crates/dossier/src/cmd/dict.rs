//! `dossier dict stats`: what the built-in dictionaries and the intelligence gazetteer hold.

use std::process::ExitCode;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Counts per dictionary file (entries, synonyms, dated codes, verbs, patterns …), overlay
    /// rules applied, refused lines, and the gazetteer's coverage.
    Stats {
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(c: Command) -> anyhow::Result<ExitCode> {
    match c {
        Command::Stats { json } => {
            let dict = dossier_actors::dictionaries::stats().map_err(|e| anyhow::anyhow!("{e}"))?;
            let gaz = dossier_actors::gazetteer::builtin()
                .map_err(|e| anyhow::anyhow!("{e}"))?
                .stats();
            if json {
                println!("{}", serde_json::json!({ "dictionaries": dict, "gazetteer": gaz }));
            } else {
                println!("{dict}\n{gaz}");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
