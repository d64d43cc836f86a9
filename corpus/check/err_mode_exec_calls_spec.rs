//@ no-verify
// Exec code cannot call a spec fn.
use vstd::prelude::*;

verus! {

spec fn double(x: int) -> int {
    2 * x
}

fn f(x: u32) -> bool {
    let d = double(x as int); //~ ERROR cannot call spec function from exec mode
    true
}

fn main() {
}

} // verus!
