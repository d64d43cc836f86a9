//@ no-verify
use vstd::prelude::*;

verus! {

fn f(x: u32) -> u32 {
    let y = x //~ ERROR expected `;`, found keyword `let`
    let z = y;
    z
}

fn main() {
}

} // verus!
