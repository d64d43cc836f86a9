use vstd::prelude::*;

verus! {

proof fn lemma_double(x: int)
    requires x >= 0,
    ensures 2 * x >= x,
{
}

proof fn use_lemma_false(x: int)
    ensures 2 * x >= x,
{
    lemma_double(x); //~ ERROR precondition not satisfied
}
proof fn use_lemma_true(x: int)
    requires x >= 3,
    ensures 2 * x >= x,
{
    lemma_double(x);
}

proof fn lemma_post_false(x: int, y: int)
    requires x < y,
    ensures x + 1 < y, //~ ERROR postcondition not satisfied
{
}
proof fn lemma_post_true(x: int, y: int)
    requires x < y,
    ensures x + 1 <= y,
{
}

fn exec_lemma_false(x: u32)
    requires x < 100,
{
    proof {
        lemma_post_true(x as int, 100);
    }
    assert(x + 2 <= 100); //~ ERROR assertion failed
}
fn exec_lemma_true(x: u32)
    requires x < 100,
{
    proof {
        lemma_post_true(x as int, 100);
    }
    assert(x + 1 <= 100);
}

spec fn is_even(x: int) -> bool { x % 2 == 0 }

proof fn lemma_even_sum(a: int, b: int)
    requires is_even(a), is_even(b),
    ensures is_even(a + b),
{
}

proof fn even_use_false(a: int)
    requires is_even(a),
    ensures is_even(a + 1), //~ ERROR postcondition not satisfied
{
    lemma_even_sum(a, 2);
}
proof fn even_use_true(a: int)
    requires is_even(a),
    ensures is_even(a + 2),
{
    lemma_even_sum(a, 2);
}

proof fn assert_by_false(x: int)
    requires x > 5,
{
    assert(x > 10) by { //~ ERROR assertion failed
        assert(x > 5);
    }
}
proof fn assert_by_true(x: int)
    requires x > 5,
{
    assert(x > 4) by {
        assert(x > 5);
    }
    assert(x > 4);
}

proof fn assert_by_scope_false(x: int) {
    assert(x * 0 == 0) by {
        assume(x == 3);
    }
    assert(x == 3); //~ ERROR assertion failed
}
proof fn assert_by_scope_true(x: int) {
    assert(x + 0 == x) by {
        assume(x == 3);
    }
    assert(x + 0 == x);
}

fn main() {
}

} // verus!
