use vstd::prelude::*;

verus! {

fn f() {
    let x: i32 = -1;
    let y = x as u32;
    assert(y == 0xffff_ffff);
}

fn main() {
}

} // verus!
