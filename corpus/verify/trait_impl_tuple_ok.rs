// A trait impl for a tuple type with a type parameter (`impl<T> Tr for (T, nat)`), used
// through a bound by a recursive spec fn over a multiset and its lemmas, at a known
// instantiation (`(Option<u8>, nat)`): the impl's definition is the member's meaning there.
use vstd::multiset::Multiset;
use vstd::prelude::*;

verus! {

pub trait Weight {
    spec fn weight(&self) -> nat;
}

impl<T> Weight for (T, nat) {
    open spec fn weight(&self) -> nat {
        self.1
    }
}

pub open spec fn total<T: Weight>(s: Multiset<T>) -> nat
    decreases s.len(),
{
    if s.len() > 0 {
        let e = s.choose();
        e.weight() + total(s.remove(e))
    } else {
        0
    }
}

proof fn weight_of_pair(x: Option<u8>, n: nat) {
    assert((x, n).weight() == n);
}

proof fn total_of_one(x: Option<u8>, n: nat) {
    let s = Multiset::<(Option<u8>, nat)>::empty().insert((x, n));
    Multiset::lemma_is_singleton(s);
    let e = s.choose();
    assert(s.contains(e));
    assert(e == (x, n));
    assert(s.remove(e).len() == 0);
    assert(total(s.remove(e)) == 0);
    assert(total(s) == n);
}

fn main() {}

} // verus!
