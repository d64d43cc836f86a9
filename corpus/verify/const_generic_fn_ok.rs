// Const generic parameters of fns (`fn f<const L: usize>`): a read-only value of its type in
// every mode, given at each call by the turbofish (`::<3>`, `::<L>`, `::<{ 2 + 2 }>`,
// `::<true>`). The shape of svsm's `VirtAddr::to_pgtbl_idx`.
use vstd::prelude::*;

verus! {

pub struct VirtAddr(pub usize);

impl VirtAddr {
    pub open spec fn pgtbl_idx_ensures(&self, l: usize, ret: usize) -> bool {
        ret == (self.0 >> (12 + l * 9)) & 0x1ffusize
    }

    pub const fn to_pgtbl_idx<const L: usize>(&self) -> (ret: usize)
        requires
            L <= 5,
        ensures
            self.pgtbl_idx_ensures(L, ret),
            ret < 512,
    {
        let x = self.0;
        let s = 12 + L * 9;
        assert((x >> s) & 0x1ffusize < 512) by (bit_vector);
        (self.0 >> (12 + L * 9)) & 0x1ffusize
    }
}

pub fn index<const L: usize>(vaddr: VirtAddr) -> (r: usize)
    requires
        L <= 5,
    ensures
        r < 512,
        vaddr.pgtbl_idx_ensures(L, r),
{
    vaddr.to_pgtbl_idx::<L>()
}

fn double<const N: u8>() -> (r: u16)
    ensures
        r == 2 * N,
{
    N as u16 * 2
}

spec fn plus<const K: u64>(x: int) -> int {
    x + K
}

proof fn lemma_below<const K: u64>(x: u64)
    requires
        x < K,
    ensures
        x + 1 <= K,
{
}

fn count_to<const N: u32>() -> (r: u32)
    ensures
        r == N,
{
    let mut i: u32 = 0;
    while i < N
        invariant
            i <= N,
        decreases N - i,
    {
        i += 1;
    }
    i
}

fn flag<const B: bool>() -> (r: bool)
    ensures
        r == B,
{
    if B {
        true
    } else {
        false
    }
}

pub const LEVEL: usize = 2;

fn caller(v: VirtAddr) {
    let a = v.to_pgtbl_idx::<3>();
    assert(a < 512);
    assert(v.pgtbl_idx_ensures(3, a));
    let b = index::<{ 2 + 2 }>(v);
    assert(v.pgtbl_idx_ensures(4, b));
    let c = index::<LEVEL>(v);
    assert(v.pgtbl_idx_ensures(2, c));
    let d = double::<200>();
    assert(d == 400);
    let n = count_to::<7>();
    assert(n == 7);
    let t = flag::<true>();
    assert(t);
    proof {
        lemma_below::<10>(3);
        assert(plus::<7>(1) == 8);
        assert(plus::<7>(1) != plus::<8>(1));
    }
}

/// A trait method's own const parameter: the impl's fn takes it too, and a call through a bound gives it.
pub trait Shift {
    fn shifted<const K: u32>(&self) -> (r: u64)
        requires
            K < 8,
        ensures
            r == K;
}

impl Shift for VirtAddr {
    fn shifted<const K: u32>(&self) -> (r: u64) {
        K as u64
    }
}

fn use_shift<T: Shift>(t: &T, v: &VirtAddr) {
    let r = t.shifted::<5>();
    assert(r == 5);
    let s = v.shifted::<3>();
    assert(s == 3);
}

fn main() {
}

} // verus!
