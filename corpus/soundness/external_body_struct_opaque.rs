// An `#[verifier::external_body]` struct is an uninterpreted sort: nothing but its trusted
// specs tells two values apart or equal. Neither a datatype of its declared fields (which
// would tell apart what the specs may call equal) nor a one-value type (a struct without
// fields) may leak through.
use vstd::prelude::*;

verus! {

#[verifier::external_body]
pub struct Token {}

#[verifier::external_body]
pub struct Pair {
    a: u8,
    b: u8,
}

impl Pair {
    pub uninterp spec fn first(self) -> u8;
}

proof fn tokens_not_all_equal(s: Token, t: Token) {
    assert(s == t); //~ ERROR assertion failed
}

proof fn tokens_reflexive(s: Token) {
    assert(s == s);
}

proof fn pairs_not_equal_by_views(p: Pair, q: Pair)
    requires p.first() == q.first(),
{
    assert(p == q); //~ ERROR assertion failed
}

proof fn pairs_ext_equal_means_equal(p: Pair, q: Pair)
    requires p =~= q,
{
    assert(p == q);
    assert(p.first() == q.first());
}

} // verus!
