// `choose` with several binders: a tuple of values that together meet the body when some do.
use vstd::prelude::*;

verus! {

spec fn p(a: int, b: int) -> bool { a + b == 10 && a - b == 2 }

spec fn q(a: u8, b: u8) -> bool { a > b && b > 100 }

proof fn two_false() {
    assert(p(6, 4));
    let (a, b) = choose|a: int, b: int| p(a, b);
    assert(a == 4); //~ ERROR assertion failed
}

proof fn two_true() {
    assert(p(6, 4));
    let (a, b) = choose|a: int, b: int| p(a, b);
    assert(a == 6 && b == 4);
}

proof fn bounded_false(x: u8) {
    assert(q(200u8, 101u8));
    let (a, b) = choose|a: u8, b: u8| q(a, b);
    assert(a <= 101); //~ ERROR assertion failed
}

proof fn bounded_true(x: u8) {
    assert(q(200u8, 101u8));
    let (a, b) = choose|a: u8, b: u8| q(a, b);
    assert(a > 101 && a <= 255);
}

fn main() {}

} // verus!
