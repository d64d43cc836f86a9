// A trait method implementation may name its parameters differently from the trait (Rust
// matches them by position): the trait's clauses speak of the impl's parameters.
use vstd::prelude::*;

verus! {

trait Shift {
    fn shift(&self, a: u8, b: u8) -> (r: u8)
        requires a <= 10, b <= 10,
        ensures r == a + 2 * b;
}

struct S;
struct T;

// the impl's `b` is the trait's `a`, and its `a` the trait's `b`
impl Shift for S {
    fn shift(&self, b: u8, a: u8) -> (r: u8) {
        b + 2 * a
    }
}

impl Shift for T {
    fn shift(&self, x: u8, y: u8) -> (r: u8) {
        x + 2 * y
    }
}

fn renamed_false(s: &S) {
    let r = s.shift(1, 3);
    assert(r == 3 + 2 * 1); //~ ERROR assertion failed
}
fn renamed_true(s: &S) {
    let r = s.shift(1, 3);
    assert(r == 1 + 2 * 3);
}

fn renamed_req_false(t: &T) {
    let r = t.shift(11, 0); //~ ERROR precondition not satisfied
}
fn renamed_req_true(t: &T) {
    let r = t.shift(10, 0);
    assert(r == 10);
}

fn main() {}

} // verus!
