use vstd::prelude::*;

verus! {

fn f(x: u8) {
    let y = x as u32 + 1;
    assert(y < 256); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
