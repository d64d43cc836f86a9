//@ no-verify
// old(x) / *old(x) / final(x) on &mut parameters; bare &mut param in ensures.
use vstd::prelude::*;

verus! {

fn incr(x: &mut u64)
    requires
        *old(x) < 100,
    ensures
        *final(x) == *old(x) + 1,
        *x == *old(x) + 1,
{
    *x = *x + 1;
}

fn swap(a: &mut u32, b: &mut u32)
    ensures
        *a == *old(b),
        *b == *old(a),
{
    let t = *a;
    *a = *b;
    *b = t;
}

fn main() {
}

} // verus!
