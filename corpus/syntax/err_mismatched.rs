//@ no-verify
use vstd::prelude::*;

verus! {

fn f(x: u32) -> u32 {
    let y = (x + 1; //~ ERROR mismatched closing delimiter: `}`
    y
}

} // verus!
