use vstd::prelude::*;

verus! {

fn f() {
    let v: Vec<u32> = vec![1, 2, 3];
    assert(v.len() == 3);
    assert(v[2] == 3);
}

fn main() {
}

} // verus!
