// Const generic parameters of fns: each call's turbofish value is the one the callee's
// `requires`/`ensures` are about; different values are never confused.
use vstd::prelude::*;

verus! {

pub struct VirtAddr(pub usize);

impl VirtAddr {
    pub const fn to_pgtbl_idx<const L: usize>(&self) -> (ret: usize)
        requires
            L <= 5, //~ NOTE failed precondition
        ensures
            ret < 512,
    {
        let x = self.0;
        let s = 12 + L * 9;
        assert((x >> s) & 0x1ffusize < 512) by (bit_vector);
        (self.0 >> (12 + L * 9)) & 0x1ffusize
    }
}

fn too_deep(v: VirtAddr) -> usize {
    v.to_pgtbl_idx::<6>() //~ ERROR precondition not satisfied
}

fn unchecked_level<const L: usize>(v: VirtAddr) -> usize {
    v.to_pgtbl_idx::<L>() //~ ERROR precondition not satisfied
}

fn wrong_ensures<const N: u8>() -> (r: u8)
    ensures
        r == N + 1, //~ ERROR postcondition not satisfied
{
    N
}

fn overflows<const N: u8>() -> u8 {
    N + 1 //~ ERROR possible arithmetic underflow/overflow
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

fn confused() {
    let d = double::<100>();
    assert(d == 201); //~ ERROR assertion failed
}

proof fn instances_differ() {
    assert(plus::<7>(1) == plus::<8>(1)); //~ ERROR assertion failed
}

proof fn lemma_below<const K: u64>(x: u64)
    requires
        x < K, //~ NOTE failed precondition
    ensures
        x + 1 <= K,
{
}

proof fn lemma_misused() {
    lemma_below::<3>(3); //~ ERROR precondition not satisfied
}

pub trait Shift {
    fn shifted<const K: u32>(&self) -> (r: u64)
        requires
            K < 8, //~ NOTE failed precondition
        ensures
            r == K;
}

fn shift_too_far<T: Shift>(t: &T) {
    let r = t.shifted::<9>(); //~ ERROR precondition not satisfied
}

fn main() {
}

} // verus!
