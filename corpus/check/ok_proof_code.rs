//@ no-verify
// Proof fns (lemmas), proof blocks, assert-by forms, assert forall.
use vstd::prelude::*;

verus! {

spec fn double(x: int) -> int {
    2 * x
}

proof fn lemma_double_mono(a: int, b: int)
    requires
        a <= b,
    ensures
        double(a) <= double(b),
{
}

proof fn lemma_uses_other(a: int)
    ensures
        double(a) <= double(a + 1),
{
    lemma_double_mono(a, a + 1);
}

fn exec_with_proof(x: u32) -> u32 {
    proof {
        lemma_double_mono(x as int, x as int + 1);
    }
    assert(double(x as int) <= double(x as int + 1)) by {
        lemma_double_mono(x as int, x as int + 1);
    }
    assert(x & 1 <= 1) by (bit_vector);
    assert(x as int * x as int >= 0) by (nonlinear_arith);
    assert forall|y: int| y <= y + 1 implies double(y) <= double(y + 1) by {
        lemma_double_mono(y, y + 1);
    }
    x
}

fn main() {
}

} // verus!
