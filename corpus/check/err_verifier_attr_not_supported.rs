//@ no-verify
#![verifier::loop_isolation(false)] //~ ERROR not supported: attribute `#![verifier::loop_isolation(false)]`
// `verifier::` attributes and clauses the engine does not implement are errors, never
// silently dropped (honouring them would change what is proved).
use vstd::prelude::*;

verus! {

#[verifier::opaque_outside_module] //~ ERROR not supported: attribute `#[verifier::opaque_outside_module]`
spec fn f() -> bool { true }

#[verifier::allow_in_spec] //~ ERROR not supported: attribute `#[verifier::allow_in_spec]`
fn g() {
}

#[verifier::no_such_thing] //~ ERROR not supported: attribute `#[verifier::no_such_thing]`
fn h() {
}

fn k() opens_invariants [1u8] { //~ ERROR not supported: `opens_invariants` with a list of invariants
}

// (on a loop it is implemented: corpus/verify/attribute_cfg_attr_loops.rs)
#[verifier::loop_isolation(false)] //~ ERROR not supported: attribute `#[verifier::loop_isolation(false)]`
fn l(n: u8) {
    let mut i: u8 = 0;
    while i < n
        decreases n - i,
    {
        i = i + 1;
    }
}

fn main() {
}

} // verus!
