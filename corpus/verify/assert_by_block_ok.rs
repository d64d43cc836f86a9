use vstd::prelude::*;

verus! {

spec fn double(x: int) -> int { 2 * x }
proof fn lemma_double(x: int)
    ensures double(x) == x + x,
{ }
fn f(a: u32) {
    assert(double(a as int) == a + a) by {
        lemma_double(a as int);
    }
}

fn main() {
}

} // verus!
