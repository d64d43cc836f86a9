// Fail twins of traits_ok.rs: impls must meet the trait's ensures under its requires;
// callers through a bound know only the trait's specs.
use vstd::prelude::*;

verus! {

pub struct PAddr(pub u64);
pub struct Frame { pub base: u64 }

pub trait Addr {
    spec fn spec_bits(&self) -> u64;

    fn bits(&self) -> (r: u64)
        ensures r == self.spec_bits(); //~ ERROR postcondition not satisfied

    proof fn lemma_small(&self)
        ensures self.spec_bits() < 0x1000; //~ ERROR postcondition not satisfied

    fn is_null(&self) -> (r: bool)
        ensures r == (self.spec_bits() == 0),
    {
        self.bits() == 0
    }

    fn add_low(&self, off: u64) -> (r: u64)
        requires off < 16, self.spec_bits() < 0x1000,
        ensures r == self.spec_bits() + off;
}

impl Addr for PAddr {
    open spec fn spec_bits(&self) -> u64 { self.0 }

    // breaks the trait's ensures
    fn bits(&self) -> (r: u64) {
        self.0 / 2 //~ NOTE at the end of the function body
    }

    // a bodiless trait lemma the impl cannot prove: no caller may assume it for free
    proof fn lemma_small(&self) {
    } //~ NOTE at the end of the function body

    fn add_low(&self, off: u64) -> (r: u64)
        ensures r >= off,
    {
        self.0 + off
    }
}

impl Addr for Frame {
    open spec fn spec_bits(&self) -> u64 { self.base }

    fn bits(&self) -> u64 { self.base }

    proof fn lemma_small(&self) {
        assume(self.base < 0x1000);
    }

    fn add_low(&self, off: u64) -> (r: u64) {
        self.base + off
    }
}

// through a bound, the impls' extra ensures are unknown
fn generic<A: Addr>(a: &A) {
    let b = a.bits();
    assert(b == 7); //~ ERROR assertion failed
}

fn generic_pre<A: Addr>(a: &A)
    requires a.spec_bits() == 7,
{
    let r = a.add_low(20); //~ ERROR precondition not satisfied
}

fn generic_extra<A: Addr>(a: &A)
    requires a.spec_bits() == 7,
{
    let r = a.add_low(3);
    assert(r == 11); //~ ERROR assertion failed
}

// the trait's spec fn at a known type means the impl's definition
fn concrete() {
    let p = PAddr(0x100);
    let n = p.is_null();
    assert(n); //~ ERROR assertion failed
}

fn main() {}

} // verus!
