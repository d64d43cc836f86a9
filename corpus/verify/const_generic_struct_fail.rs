// Const generic parameters of structs and impls: `S<3>` and `S<4>` are different types whose
// `N` differs; facts about one are never facts about the other.
use vstd::prelude::*;

verus! {

pub const MAX_ORDER: usize = 6;

pub ghost struct PageCountParam<const N: usize> {
    pub page_count: usize,
}

impl<const N: usize> PageCountParam<N> {
    #[verifier(opaque)]
    pub open spec fn reserved(&self) -> nat {
        (self.page_count * 2) as nat
    }

    pub open spec fn valid_order(&self, order: usize) -> bool {
        &&& 0 < self.page_count
        &&& order < N
    }

    pub open spec fn limit(&self) -> int {
        N as int
    }

    pub proof fn lemma_unrevealed(&self)
        ensures
            self.reserved() == self.page_count * 2, //~ ERROR postcondition not satisfied
    {
    }

    pub proof fn lemma_wrong_bound(&self, order: usize)
        requires
            self.valid_order(order),
        ensures
            order < 5, //~ ERROR postcondition not satisfied
    {
    }
}

pub struct Slab<const N: usize> {
    pub used: usize,
}

impl<const N: usize> Slab<N> {
    pub fn new() -> (r: Self)
        ensures
            r.used == 0,
    {
        Slab { used: 0 }
    }

    pub fn capacity(&self) -> (r: usize)
        ensures
            r == N,
    {
        N
    }

    pub fn next_size(&self) -> usize {
        N + 1 //~ ERROR possible arithmetic underflow/overflow
    }

    pub fn take(&mut self)
        requires
            old(self).used < N, //~ NOTE failed precondition
        ensures
            self.used == old(self).used + 1,
    {
        self.used = self.used + 1;
    }
}

spec fn params(count: usize) -> PageCountParam<MAX_ORDER> {
    PageCountParam { page_count: count }
}

proof fn order_too_big(count: usize)
    requires
        count > 0,
{
    let p = params(count);
    assert(p.valid_order(6)); //~ ERROR assertion failed
}

proof fn instances_differ() {
    let a: PageCountParam<3> = PageCountParam { page_count: 1 };
    let b = PageCountParam::<4> { page_count: 1 };
    assert(a.limit() == b.limit()); //~ ERROR assertion failed
}

fn wrong_capacity() {
    let s: Slab<16> = Slab::new();
    let c = s.capacity();
    assert(c == 15); //~ ERROR assertion failed
}

fn full_slab() {
    let mut s: Slab<0> = Slab::new();
    s.take(); //~ ERROR precondition not satisfied
}

fn generic_user<const M: usize>(s: &Slab<M>) -> (r: usize)
    ensures
        r == M,
{
    s.capacity()
}

fn inferred_wrong() {
    let s: Slab<16> = Slab::new();
    let r = generic_user(&s);
    assert(r == 17); //~ ERROR assertion failed
}

pub struct Ring<T, const N: usize> {
    pub head: T,
    pub len: usize,
}

impl<T, const N: usize> Ring<T, N> {
    pub open spec fn full(&self) -> bool {
        self.len == N
    }
}

fn not_full() {
    let r: Ring<u16, 5> = Ring { head: 1, len: 4 };
    assert(r.full()); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
