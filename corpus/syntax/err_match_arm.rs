//@ no-verify
use vstd::prelude::*;

verus! {

fn f(x: u8) -> u8 {
    match x {
        0 => 1 //~ ERROR expected one of `,`, `.`, `?`, or `}`, found `_`
        _ => 2,
    }
}

fn main() {
}

} // verus!
