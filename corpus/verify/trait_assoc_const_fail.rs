// Fail twin of trait_assoc_const_ok.rs: `S::C` is the impl's value, not another.
use vstd::prelude::*;

verus! {

pub trait Page {
    const SIZE: u64;
    spec fn base(&self) -> u64;
}

pub struct Small(pub u64);
pub struct Huge(pub u64);

impl Page for Small {
    const SIZE: u64 = 4096;
    open spec fn base(&self) -> u64 { self.0 }
}

impl Page for Huge {
    const SIZE: u64 = 0x20_0000;
    open spec fn base(&self) -> u64 { self.0 }
}

fn sizes() {
    let a = Small::SIZE;
    let b = Huge::SIZE;
    assert(a == 4096);
    assert(b == 256 * a); //~ ERROR assertion failed
}

fn main() {}

} // verus!
