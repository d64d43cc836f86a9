// Fail twin of trait_impl_tuple_ok.rs: the impl's definition is the member's meaning at
// its own instantiation only, and says what it says.
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

impl<T> Weight for (T, u8) {
    open spec fn weight(&self) -> nat {
        (2 * self.1) as nat
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

proof fn weight_of_pair_wrong(x: Option<u8>, n: nat) {
    assert((x, n).weight() == n + 1); //~ ERROR assertion failed
}

// `(T, u8)`'s impl doubles: a claim with `(T, nat)`'s meaning fails
proof fn other_instantiation_wrong(x: Option<u8>, n: u8) {
    assert((x, n).weight() == n);  //~ ERROR assertion failed
}

proof fn total_of_one_wrong(x: Option<u8>, n: nat) {
    let s = Multiset::<(Option<u8>, nat)>::empty().insert((x, n));
    Multiset::lemma_is_singleton(s);
    let e = s.choose();
    assert(s.contains(e));
    assert(s.remove(e).len() == 0);
    assert(total(s) == n + 1); //~ ERROR assertion failed
}

proof fn total_of_one_other(x: Option<u8>, n: u8) {
    let s = Multiset::<(Option<u8>, u8)>::empty().insert((x, n));
    Multiset::lemma_is_singleton(s);
    let e = s.choose();
    assert(s.contains(e));
    assert(e == (x, n));
    assert(s.remove(e).len() == 0);
    assert(total(s.remove(e)) == 0);
    assert(total(s) == 2 * n);
    assert(total(s) == n); //~ ERROR assertion failed
}

fn main() {}

} // verus!
