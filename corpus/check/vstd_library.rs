//@ no-verify
// Names of Proofgate's vstd (lib/vstd) resolve, with their modes and types; a name it does
// not define is not supported rather than unknown.
use vstd::prelude::*;
use vstd::math::min;
use vstd::set_lib::*;

verus! {

spec fn smaller(a: u64, b: u64) -> int {
    min(a as int, b as int)
}

proof fn subset_len(s1: Set<int>, s2: Set<int>)
    requires
        s2.finite(),
        s1.subset_of(s2),
{
    lemma_len_subset(s1, s2);
    vstd::set_lib::lemma_int_range(0, 10);
    assert(set_int_range(0, 10).len() == 10);
    assert(s1.disjoint(Set::empty()));
}

fn exec_calls_lemma() {
    vstd::arithmetic::mul::lemma_mul_basics(3); //~ ERROR cannot call function `vstd::arithmetic::mul::lemma_mul_basics` with mode proof
}

spec fn wrong_type(b: bool) -> int {
    vstd::math::max(b, 1) //~ ERROR mismatched types
}

proof fn unknown_lemma() {
    vstd::set_lib::lemma_not_in_the_library(1); //~ ERROR not supported
}

spec fn method_on_builtin(s: Seq<u8>) -> bool {
    s.remove(0).no_duplicates() && s.insert(0, 1u8).len() > 0
}

} // verus!
