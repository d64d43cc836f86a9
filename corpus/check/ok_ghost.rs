//@ no-verify
// Ghost values: `let ghost`, `Ghost<T>`, `@`, ghost parameters used only in specs.
use vstd::prelude::*;

verus! {

fn track(x: u64, Ghost(bound): Ghost<int>) -> (r: u64)
    requires
        x < bound,
        bound <= 100,
    ensures
        r < bound,
{
    let ghost before = x;
    let g: Ghost<int> = Ghost(bound);
    assert(before == x);
    assert(g@ == bound);
    x
}

fn caller() {
    let r = track(3, Ghost(10));
    assert(r < 10);
    let ghost mut count: int = 0;
    proof {
        count = count + 1;
    }
    assert(count == 1);
}

fn main() {
}

} // verus!
