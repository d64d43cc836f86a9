//@ no-verify
// Const generic parameters of structs and impls: `S<3>` and `S<4>` are different types; what
// is not supported yet is said so (trait impls, type invariants).
use vstd::prelude::*;

verus! {

pub struct Slab<const N: usize> {
    pub used: usize,
}

impl<const N: usize> Slab<N> {
    pub fn new() -> (r: Self) {
        Slab { used: 0 }
    }

    pub fn capacity(&self) -> usize {
        N
    }
}

fn mix(a: Slab<3>) -> Slab<4> {
    a //~ ERROR mismatched types
}

fn mix_param<const M: usize>(a: Slab<M>) -> Slab<{ M + 1 }> {
    a //~ ERROR mismatched types
}

pub trait Sized2 {
    fn size(&self) -> usize;
}

impl<const N: usize> Sized2 for Slab<N> { //~ ERROR not supported: members of a trait impl with const generic parameters
    fn size(&self) -> usize {
        N
    }
}

pub struct Bounded<const N: u8> {
    pub v: u8,
}

impl<const N: u8> Bounded<N> {
    pub fn get(&self) -> u8 {
        N
    }
}

impl<const N: u8> Bounded<N> {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { //~ ERROR not supported: a type invariant of a type with const generic parameters
        self.v < N
    }
}

fn in_range(b: Bounded<200>) -> u8 {
    b.get()
}

fn too_big(b: Bounded<300>) -> u8 {
    b.get() //~ ERROR literal out of range for `u8`
}

fn unknown() {
    let s = Slab::new(); //~ ERROR type annotations needed
}

fn main() {
}

} // verus!
