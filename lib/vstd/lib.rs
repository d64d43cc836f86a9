//! Proofgate's vstd: the specifications and lemmas of Verus's standard library that
//! Proofgate knows, as Verus source. Written for Proofgate from vstd's documented API (the
//! names, signatures and clauses are vstd's, so code written against vstd reads the same;
//! the definitions and proofs are ours). Every crate Proofgate checks gets it as its
//! dependency `vstd`; what it does not define (Seq, Set, Map, Option, Vec and their
//! methods) is the built-in prelude.
//!
//! Every proof here is checked when Proofgate verifies this folder (its test suite does).
//! A lemma marked `#[verifier::external_body]` is trusted, not proved: the list of them is
//! docs/vstd.md, kept complete by a test.
pub mod arithmetic;
pub mod bits;
pub mod layout;
pub mod map_lib;
pub mod math;
pub mod modes;
pub mod multiset;
pub mod raw_ptr;
pub mod seq_int;
pub mod seq_lib;
pub mod set_lib;
pub mod simple_pptr;
pub mod std_specs;
pub mod tokens;
pub mod tracked_colls;
