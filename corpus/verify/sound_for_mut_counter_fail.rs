use vstd::prelude::*;

verus! {

// `for mut i in a..b`: writing to i inside the body does not change the iteration, so the
// loop runs 10 times here, not 2.
fn skip_ahead() {
    let mut c: u32 = 0;
    for mut i in 0..10u32
        invariant c * 6 <= i, c <= 10, //~ ERROR invariant not satisfied at end of loop body
    {
        i = i + 5;
        c = c + 1;
    }
    assert(c <= 1);
}

fn main() {
}

} // verus!
