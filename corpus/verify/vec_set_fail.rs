use vstd::prelude::*;

verus! {

fn f(v: &mut Vec<u32>) {
    v.set(1, 9); //~ ERROR precondition not satisfied
}

fn main() {
}

} // verus!
