//@ no-verify
#![allow(unused)]
#![verifier::loop_isolation(true)]
// Implemented `verifier::` attributes, `opens_invariants any`/`none` (nothing can be opened
// in the subset) and plain Rust attributes are accepted.
use vstd::prelude::*;

verus! {

#[derive(Clone, Copy)]
#[allow(dead_code)]
#[repr(C)]
pub struct S { pub a: u8 }

#[verifier::opaque]
spec fn f() -> bool { true }

#[verifier::external_body]
#[inline]
#[must_use]
fn g() -> u8 { 3 }

#[verifier::rlimit(20)]
#[doc = "documented"]
fn h() opens_invariants any {
}

#[verifier::spinoff_prover]
fn k() opens_invariants none {
}

fn main() {
}

} // verus!
