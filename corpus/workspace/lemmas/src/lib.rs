use vstd::prelude::*;

pub mod arith;

verus! {

pub broadcast group arith_facts {
    arith::lemma_double_even,
}

} // verus!
