use vstd::prelude::*;

pub mod arith;
pub mod ptr;

verus! {

pub broadcast group arith_facts {
    arith::lemma_double_even,
}

// used by every crate that depends on this one, with no `broadcast use` of its own
#[cfg_attr(verus_keep_ghost, verifier::broadcast_use_by_default_when_this_crate_is_imported)]
pub broadcast group default_facts {
    arith::lemma_double_small,
}

} // verus!
