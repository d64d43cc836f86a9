use vstd::prelude::*;

verus! {

// `a..=T::MAX` ends without its counter leaving T: the code after the loop is reachable.
fn literal_max() {
    for i in 0..=255u8 {
    }
    assert(false); //~ ERROR assertion failed
}

fn variable_max(n: u8)
    requires n == u8::MAX,
{
    for i in 0..=n {
    }
    assert(false); //~ ERROR assertion failed
}

fn signed_max() {
    for i in 100..=i8::MAX {
    }
    assert(false); //~ ERROR assertion failed
}

// the exhausted counter is out of scope: a later loop does not assume it back into u8
fn later_loop() {
    for i in 0..=255u8 {
    }
    for j in 0..3u8 {
    }
    assert(false); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
