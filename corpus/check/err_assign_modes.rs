//@ no-verify
// Ghost variables are written in proof code, exec variables in exec code.
use vstd::prelude::*;

verus! {

fn f(x: u64) -> u64 {
    let ghost mut g: int = 0;
    let mut e: u64 = x;
    g = 1; //~ ERROR cannot access spec-mode place in executable context
    proof {
        g = 2;
        e = 3; //~ ERROR cannot mutate exec-mode place in proof-code
    }
    e = 4;
    e
}

fn main() {
}

} // verus!
