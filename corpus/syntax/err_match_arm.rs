//@ no-verify
use vstd::prelude::*;

verus! {

fn f(x: u8) -> u8 {
    match x {
        0 => 1
        _ => 2, //~ ERROR expected one of
    }
}

fn main() {
}

} // verus!
