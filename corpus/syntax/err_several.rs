//@ no-verify
// Several errors in one file: recovery continues after each.
use vstd::prelude::*;

verus! {

fn a(x: u32) -> u32 {
    let y = x + ; //~ ERROR expected expression, found `;`
    let z = y * 2;
    z
}

fn b(x: u32 u32) { //~ ERROR expected one of
}

fn c() {
    let = 5; //~ ERROR expected pattern, found `=`
}

fn main() {
}

} // verus!
