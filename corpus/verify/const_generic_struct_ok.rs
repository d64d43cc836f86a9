// Const generic parameters of structs and impls (`struct Slab<const N: usize>`,
// `impl<const N: usize> Slab<N>`): `Slab<16>` and `Slab<N>` are types whose argument is a value;
// inside the impl, `N` is the value of Self's argument, in every mode. The shape of svsm's
// `PageCountParam<const N: usize>` and `pg_params() -> PageCountParam<MAX_ORDER>`.
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

    pub proof fn lemma_lower(&self, order: usize)
        requires
            self.valid_order(order),
            order > 0,
        ensures
            self.valid_order((order - 1) as usize),
    {
    }

    pub proof fn lemma_reserved(&self)
        ensures
            self.reserved() == self.page_count * 2,
    {
        reveal(PageCountParam::reserved);
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

    pub fn has_room(&self) -> (r: bool)
        requires
            self.used <= N,
        ensures
            r == (self.used < N),
    {
        self.used < N
    }

    pub fn room(&self) -> (r: usize)
        requires
            self.used <= N,
        ensures
            r == N - self.used,
    {
        self.capacity() - self.used
    }
}

/// A struct whose field's type takes the struct's const parameter.
pub struct Pair<const N: usize> {
    pub a: Slab<N>,
    pub b: Slab<N>,
}

impl<const N: usize> Pair<N> {
    pub fn total(&self) -> (r: u128)
        ensures
            r == 2 * N,
    {
        self.a.capacity() as u128 + self.b.capacity() as u128
    }
}

spec fn params(count: usize) -> PageCountParam<MAX_ORDER> {
    PageCountParam { page_count: count }
}

proof fn use_params(count: usize)
    requires
        count > 0,
{
    let p = params(count);
    assert(p.valid_order(5));
    assert(!p.valid_order(6));
    assert(p.limit() == 6);
    p.lemma_lower(5);
    p.lemma_reserved();
    assert(p.reserved() == count * 2);
    let q: PageCountParam<3> = PageCountParam { page_count: 1 };
    assert(q.limit() == 3);
    let q2 = PageCountParam::<9> { page_count: 1 };
    assert(q2.limit() == 9);
    let r: PageCountParam<{ 1 + 2 }> = q;
    assert(r.limit() == 3);
}

fn generic_user<const M: usize>(s: &Slab<M>) -> (r: usize)
    ensures
        r == M,
{
    s.capacity()
}

fn use_slab() {
    let s: Slab<16> = Slab::new();
    let c = s.capacity();
    assert(c == 16);
    let t = Slab::<4>::new();
    let tc = t.capacity();
    assert(tc == 4);
    let hr = t.has_room();
    assert(hr);
    let room = t.room();
    assert(room == 4);
    // M inferred from the argument's type, or given
    let g = generic_user(&s);
    assert(g == 16);
    let h = generic_user::<4>(&t);
    assert(h == 4);
    let p: Pair<8> = Pair { a: Slab::new(), b: Slab::new() };
    let n = p.total();
    assert(n == 16);
}

/// Type and const parameters together (lifetimes left out of the positions).
fn mixed<'a, T, const N: usize>(x: &'a T) -> (r: usize)
    ensures
        r == N,
{
    N
}

pub struct Ring<T, const N: usize> {
    pub head: T,
    pub len: usize,
}

impl<T, const N: usize> Ring<T, N> {
    pub fn cap(&self) -> (r: usize)
        ensures
            r == N,
    {
        N
    }

    pub fn scaled<const K: usize>(&self) -> (r: u128)
        ensures
            r == N * K,
    {
        N as u128 * K as u128
    }

    pub open spec fn full(&self) -> bool {
        self.len == N
    }
}

fn generic_ring<T, const M: usize>(r: &Ring<T, M>) -> (x: u128)
    ensures
        x == M * 2,
{
    r.scaled::<2>()
}

fn use_ring() {
    let a = mixed::<u8, 3>(&1u8);
    assert(a == 3);
    let r: Ring<u16, 5> = Ring { head: 1, len: 5 };
    let c = r.cap();
    assert(c == 5);
    let s = r.scaled::<7>();
    assert(s == 35);
    assert(r.full());
    let g = generic_ring(&r);
    assert(g == 10);
}

fn main() {
}

} // verus!
