use vstd::prelude::*;

pub mod arith;
pub mod ptr;

verus! {

pub broadcast group arith_facts {
    arith::lemma_double_even,
}

} // verus!
