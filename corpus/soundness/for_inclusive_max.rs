use vstd::prelude::*;

verus! {

// Issue 9 class 2: `for i in a..=u8::MAX` must not make the code after the loop unreachable.
fn incl_max_false(a: u8) {
    for i in a..=u8::MAX
        invariant true,
    {
    }
    assert(false); //~ ERROR assertion failed
}
fn incl_max_true(a: u8) {
    for i in a..=u8::MAX
        invariant true,
    {
    }
    assert(a <= 255);
}

fn main() {
}

} // verus!
