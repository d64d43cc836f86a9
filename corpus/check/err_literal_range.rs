//@ no-verify
// A literal must fit the type inference gives it.
use vstd::prelude::*;

verus! {

fn f() -> u8 {
    let a: u8 = 255;
    let b: i8 = -128;
    let c: u8 = 256; //~ ERROR literal out of range for `u8`
    a
}

spec fn big(x: u32) -> bool {
    x < 0x1_0000_0000
}

fn main() {
}

} // verus!
