use vstd::prelude::*;

verus! {

// `ensures #![trigger ..]` on a broadcast lemma: its axiom is triggered on those terms only.

spec fn f(x: int) -> int;
spec fn g(x: int) -> int;
spec fn h(x: int) -> int;

#[verifier::external_body]
pub broadcast proof fn lemma_fg(x: int)
    ensures
        #![trigger g(x)]
        #![trigger h(x)]
        f(x) == 1,
{
}

// a false ensures is still checked in the lemma's own body
pub broadcast proof fn lemma_false(x: int)
    ensures
        #![trigger g(x)]
        f(x) == 2, //~ ERROR postcondition not satisfied
{
    lemma_fg(x);
}

broadcast use lemma_fg;

proof fn through_g(y: int)
    requires g(y) == 3,
{
    assert(f(y) == 1);
}

proof fn through_h(y: int)
    requires h(y) == 3,
{
    assert(f(y) == 1);
}

// lemmas about the same fns with triggers of their own: no cycle (only the triggers count)
spec fn p(x: int) -> bool;
spec fn q(x: int) -> bool;
spec fn k1(x: int) -> bool;
spec fn k2(x: int) -> bool;

pub broadcast proof fn lemma_k1(x: int)
    ensures
        #![trigger k1(x)]
        p(x) ==> (q(x) || p(x)),
{
}

pub broadcast proof fn lemma_k2(x: int)
    ensures
        #![trigger k2(x)]
        q(x) ==> (p(x) || q(x)),
{
}

broadcast use lemma_k1, lemma_k2;

proof fn through_k(y: int)
    requires p(y), k1(y),
{
    assert(q(y) || p(y));
}

// f(y) alone is no trigger: the lemma is not instantiated
proof fn untriggered(y: int) {
    assert(f(y) == 1); //~ ERROR assertion failed
}

} // verus!
