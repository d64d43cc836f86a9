//@ no-verify
// A tracked value is proof code; exec code cannot use it as an exec value.
use vstd::prelude::*;

verus! {

pub struct Perm {
    pub v: u64,
}

fn f(Tracked(p): Tracked<Perm>) -> u64 {
    let q = p; //~ ERROR expression has mode proof, expected mode exec
    0
}

fn main() {
}

} // verus!
