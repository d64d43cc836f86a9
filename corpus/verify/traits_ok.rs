// Traits: declarations with spec, proof and exec fns; impls inherit the trait's specs;
// default methods; static dispatch on known types; generic dispatch through bounds.
use vstd::prelude::*;

verus! {

pub struct PAddr(pub u64);
pub struct Frame { pub base: u64, pub count: u64 }

pub trait Addr {
    spec fn spec_bits(&self) -> u64;

    fn bits(&self) -> (r: u64)
        ensures r == self.spec_bits();

    proof fn lemma_bits_bounded(&self)
        ensures self.spec_bits() <= u64::MAX;

    // a default method: verified once for every Self, used by impls that do not override it
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

    fn bits(&self) -> (r: u64) { self.0 }

    proof fn lemma_bits_bounded(&self) {}

    // may add ensures of its own beyond the trait's
    fn add_low(&self, off: u64) -> (r: u64)
        ensures r >= off,
    {
        self.0 + off
    }
}

impl Addr for Frame {
    open spec fn spec_bits(&self) -> u64 { self.base }

    fn bits(&self) -> u64 { self.base }

    proof fn lemma_bits_bounded(&self) {}

    // overrides the default, still under the trait's ensures
    fn is_null(&self) -> (r: bool) {
        self.base == 0
    }

    fn add_low(&self, off: u64) -> (r: u64) {
        self.base + off
    }
}

// static dispatch: the impl's own specs (and open spec fns) are known
fn concrete() {
    let p = PAddr(0x100);
    let b = p.bits();
    assert(b == 0x100);
    let n = p.is_null();
    assert(!n);
    let r = p.add_low(3);
    assert(r == 0x103);
    let z = PAddr(0);
    let zn = z.is_null();
    assert(zn);
    let f = Frame { base: 0, count: 1 };
    let fnull = f.is_null();
    assert(fnull);
}

// generic dispatch: only the trait's declared specs are known
fn generic<A: Addr>(a: &A) -> (r: u64)
    requires a.spec_bits() == 7,
    ensures r == 10,
{
    let n = a.is_null();
    assert(!n);
    a.add_low(3)
}

fn with_where<A>(a: &A) -> (r: bool)
    where A: Addr,
    ensures r == (a.spec_bits() == 0),
{
    a.is_null()
}

proof fn lemma_generic<A: Addr>(a: &A) {
    a.lemma_bits_bounded();
    assert(a.spec_bits() <= u64::MAX);
}

// a generic fn's ensures, used at a known type, mean the impl's spec fns
fn caller() {
    let p = PAddr(7);
    let r = generic(&p);
    assert(r == 10);
    let q = PAddr(0);
    let z = with_where(&q);
    assert(z);
}

fn main() {}

} // verus!
