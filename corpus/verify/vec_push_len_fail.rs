use vstd::prelude::*;

verus! {

fn f() {
    let mut v: Vec<u32> = Vec::new();
    v.push(1);
    assert(v.len() == 2); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
