//@ no-verify
// Ghost(..) and Tracked(..) wrapper expressions and patterns in lets.
use vstd::prelude::*;

verus! {

fn takes_ghost(x: u64, Ghost(g): Ghost<nat>) -> u64 {
    x
}

fn caller(x: u64) -> u64 {
    let ghost n: nat = 5;
    let r = takes_ghost(x, Ghost(n));
    let Ghost(m) = Ghost(n);
    r
}

fn main() {
}

} // verus!
