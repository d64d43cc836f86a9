use vstd::prelude::*;

verus! {

fn f() {
    let x: u32 = 300;
    let y = x as u8;
    assert(y == 44);
}

fn main() {
}

} // verus!
