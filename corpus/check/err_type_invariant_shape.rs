//@ no-verify
// `#[verifier::type_invariant]` only on a `spec fn` of one struct/enum parameter returning
// bool (method or free form); elsewhere it would be ignored, so it is an error.
use vstd::prelude::*;

verus! {

pub struct A { pub i: u8 }

#[verifier::type_invariant]
fn exec_fn(a: A) -> bool { //~ ERROR not supported: `#[verifier::type_invariant]` on a fn that is not
    true
}

#[verifier::type_invariant]
spec fn on_int(x: u8) -> bool { //~ ERROR not supported: `#[verifier::type_invariant]` on a fn that is not
    x > 0
}

#[verifier::type_invariant]
spec fn first(a: A) -> bool {
    a.i > 0
}

#[verifier::type_invariant]
spec fn second(a: A) -> bool { //~ ERROR not supported: a second `#[verifier::type_invariant]` for one type
    a.i > 1
}

fn main() {
}

} // verus!
