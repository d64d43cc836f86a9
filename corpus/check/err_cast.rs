//@ no-verify
// `as` converts between primitive types only.
use vstd::prelude::*;

verus! {

pub struct W {
    pub v: u64,
}

fn f(w: W) -> u64 {
    w as u64 //~ ERROR non-primitive cast: `W` as `u64`
}

fn main() {
}

} // verus!
