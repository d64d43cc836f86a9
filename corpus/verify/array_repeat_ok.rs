use vstd::prelude::*;

verus! {

fn f() {
    let a = [7u8; 4];
    assert(a[3] == 7);
}

fn main() {
}

} // verus!
