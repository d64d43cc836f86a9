//@ no-verify
// Tuples: construction, fields `.0`, patterns, tuple structs.
use vstd::prelude::*;

verus! {

pub struct Wrapper(pub u64, pub bool);

fn split(p: (u32, bool)) -> (r: (bool, u32))
    ensures
        r.0 == p.1,
        r.1 == p.0,
{
    let (a, b) = p;
    (b, a)
}

fn wrap(x: u64) -> (w: Wrapper)
    ensures
        w.0 == x,
        w.1,
{
    Wrapper(x, true)
}

fn unwrap(w: Wrapper) -> u64 {
    let Wrapper(v, _) = w;
    v
}

fn unit() -> () {
    ()
}

fn main() {
}

} // verus!
