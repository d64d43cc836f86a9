use vstd::prelude::*;

verus! {

// The older free-function form of a type invariant is the invariant of its parameter's
// type: constructions are checked against it (it is not ignored).
pub struct B { pub i: u8 }

#[verifier::type_invariant]
spec fn wf(b: B) -> bool { //~ NOTE type invariant declared here
    b.i > 10
}

fn make_bad() -> B {
    B { i: 0 } //~ ERROR constructed value may fail to meet its declared type invariant
}

fn take(b: B) -> (r: u8)
    ensures r > 10
{
    b.i
}

fn main() {
}

} // verus!
