//! `dossier segment PATH…`: clean and split; one JSON object per sentence.

use super::batch::{self, TextArgs};
use crate::print;
use std::process::ExitCode;

pub type Args = TextArgs;

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    batch::run_text(&a, &print::sentences::print)
}
