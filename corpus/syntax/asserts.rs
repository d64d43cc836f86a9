//@ no-verify
// assert, assume, assert by block, bit_vector, nonlinear_arith, assert forall.
use vstd::prelude::*;

verus! {

proof fn lemma_pos(x: int)
    requires
        x > 0,
    ensures
        x * x > 0,
{
    assert(x * x > 0) by (nonlinear_arith)
        requires
            x > 0,
    {
    }
}

fn bits(x: u64) {
    assert(x & 0 == 0) by (bit_vector);
    assert(x | x == x) by (bit_vector)
        requires
            x == x,
    ;
}

proof fn by_block(x: int)
    requires
        x > 1,
{
    assert(x > 0) by {
        assert(x > 1);
    }
    assume(x < 100);
    assert forall|y: int| y > x implies y > 0 by {
        assert(y > x);
    }
    assert forall|y: int| #![auto] y > x ==> y > 1 by {
    }
}

fn main() {
}

} // verus!
