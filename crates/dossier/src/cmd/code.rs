//! `dossier code PATH…`: the main job. Prints SPEC.md's record envelope per sentence; the event
//! coder fills `events` when it lands.

use super::batch::{self, TextArgs};
use crate::print;
use std::process::ExitCode;

pub type Args = TextArgs;

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    batch::run_text(&a, &print::record::print)
}
