// A generic broadcast lemma without bounds holds at every type: it is used at the concrete
// instances a proof works with (`Set<usize>`, `Seq<u8>`, a struct at `int`), not only at type
// parameters. One with a trait bound is not (the bound is not shown at a concrete type here).
use vstd::prelude::*;

verus! {

pub broadcast proof fn len_subset<A>(s1: Set<A>, s2: Set<A>)
    requires
        #[trigger] s1.subset_of(s2),
    ensures
        s1.len() <= s2.len(),
{
    vstd::set_lib::lemma_len_subset(s1, s2)
}

pub struct Pair<A> {
    pub a: A,
    pub b: A,
}

pub uninterp spec fn balanced<A>(p: Pair<A>) -> bool;

#[verifier::external_body]
pub broadcast proof fn swapped_balanced<A>(p: Pair<A>)
    requires
        balanced(p),
    ensures
        #[trigger] balanced(Pair { a: p.b, b: p.a }),
{
}

pub trait Small {
    spec fn small(&self) -> bool;
}

pub uninterp spec fn tagged<A>(x: A) -> bool;

#[verifier::external_body]
pub broadcast proof fn small_tagged<A: Small>(x: A)
    ensures
        #[trigger] tagged(x),
{
}

broadcast use len_subset, swapped_balanced, small_tagged;

spec fn big(s: Set<usize>) -> Set<usize> {
    s.filter(|i: usize| i > 5)
}

proof fn subset_len_at_usize(s: Set<usize>)
    ensures
        big(s).len() <= s.len(),
{
    assert(big(s).subset_of(s));
}

proof fn subset_len_needs_subset(s: Set<usize>, t: Set<usize>)
    ensures
        t.len() <= s.len(),  //~ ERROR postcondition not satisfied
{
}

proof fn struct_at_int(p: Pair<int>)
    requires
        balanced(p),
    ensures
        balanced(Pair { a: p.b, b: p.a }),
{
}

proof fn struct_at_int_wrong(p: Pair<int>)
    ensures
        balanced(Pair { a: p.b, b: p.a }),  //~ ERROR postcondition not satisfied
{
}

// u8 has no `Small` impl: the bounded lemma says nothing about it
proof fn bounded_not_at_u8(x: u8)
    ensures
        tagged(x),  //~ ERROR postcondition not satisfied
{
}

fn main() {
}

} // verus!
