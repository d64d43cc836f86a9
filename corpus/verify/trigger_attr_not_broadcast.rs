// `ensures #![trigger ..]` on a fn that is not `broadcast` (as svsm's bit_vector lemmas have
// them): Verus checks the terms and drops them (there is no quantifier to trigger), so the
// ensures is known at the lemma's calls only, as for any lemma.
use vstd::prelude::*;

verus! {

spec fn twice(x: int) -> int {
    x + x
}

proof fn lemma_twice(x: int)
    ensures
        #![trigger twice(x)]
        twice(x) == 2 * x,
{
}

#[verifier::bit_vector]
proof fn lemma_and_distributes_or(x: u64, y: u64, z: u64)
    ensures
        #![trigger (x | y) & z]
        (x | y) & z == (x & z) | (y & z),
{
}

proof fn lemma_wrong(x: int)
    ensures
        #![trigger twice(x)]
        twice(x) == 2 * x + 1, //~ ERROR postcondition not satisfied
{
}

proof fn called(a: int) {
    lemma_twice(a);
    assert(twice(a) == 2 * a);
}

proof fn called_bv(a: u64, b: u64, c: u64) {
    lemma_and_distributes_or(a, b, c);
    assert((a | b) & c == (a & c) | (b & c));
}

// not broadcast: the trigger term alone does not bring in the lemma's ensures
uninterp spec fn f(x: int) -> int;

#[verifier::external_body]
proof fn lemma_f(x: int)
    ensures
        #![trigger f(x)]
        f(x) == 0,
{
}

proof fn f_only_when_called(a: int) {
    assert(f(a) == 0); //~ ERROR assertion failed
}

proof fn f_called(a: int) {
    lemma_f(a);
    assert(f(a) == 0);
}

fn main() {}

} // verus!
