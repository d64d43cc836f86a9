use vstd::prelude::*;

verus! {

fn f() {
    let a: i32 = -7;
    let q = a / 2;
    let r = a % 2;
    assert(q == -3);
    assert(r == -1);
}

fn main() {
}

} // verus!
