use vstd::prelude::*;

verus! {

fn f() {
    let v: Vec<u32> = vec![1, 2, 3];
    let x = v[3]; //~ ERROR precondition not satisfied
}

fn main() {
}

} // verus!
