//! Tests of the CAMEO coder on sentences written for them (hand-made CoNLL-U parses, and the
//! embedded parser), and of the index over the embedded dictionaries.

use super::given::document_from_conllu;
use super::*;
