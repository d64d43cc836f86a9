use vstd::prelude::*;

verus! {

fn f() {
    let mut v: Vec<u32> = Vec::new();
    v.push(1);
    v.push(2);
    assert(v.len() == 2);
    assert(v[1] == 2);
    let x = v[0];
    assert(x == 1);
}

fn main() {
}

} // verus!
