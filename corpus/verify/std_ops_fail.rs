// Fail twin of std_ops_ok.rs: impls must meet their own ensures; callers know nothing more.
use vstd::prelude::*;

verus! {

pub struct PAddr(u64);

impl View for PAddr {
    type V = u64;
    open spec fn view(&self) -> u64 { self.0 }
}

impl From<u64> for PAddr {
    fn from(x: u64) -> (r: PAddr)
        ensures r@ == x,
    {
        PAddr(x)
    }
}

impl From<u32> for PAddr {
    fn from(x: u32) -> (r: PAddr)
        ensures r@ == x as u64,
    {
        PAddr(x as u64)
    }
}

impl core::ops::Add<u64> for PAddr {
    type Output = PAddr;

    // no requires on a trait method: the impl handles overflow itself
    fn add(self, off: u64) -> (r: Self::Output)
        ensures self@ + off <= u64::MAX ==> r@ == self@ + off,
    {
        if off <= u64::MAX - self.0 { PAddr(self.0 + off) } else { PAddr(u64::MAX) }
    }
}

impl core::ops::Sub<PAddr> for PAddr {
    type Output = u64;

    fn sub(self, other: PAddr) -> (r: u64)
        ensures r == self@ - other@, //~ ERROR postcondition not satisfied
    {
        if self.0 >= other.0 { self.0 - other.0 } else { 0 } //~ NOTE at the end of the function body
    }
}

impl PartialEq for PAddr {
    fn eq(&self, other: &PAddr) -> (r: bool)
        ensures r == (self@ == other@),
    {
        self.0 == other.0
    }
}

impl Clone for PAddr {
    fn clone(&self) -> (r: PAddr)
        ensures r@ == self@,
    {
        PAddr(self.0)
    }
}

fn ops_add() {
    let a = PAddr::from(0x1000u64);
    let c = a + 0x20;
    assert(c@ == 0x1021); //~ ERROR assertion failed
}

fn ops_overflow(a: PAddr) {
    let c = a + 0x20;
    assert(c@ == a@ + 0x20); //~ ERROR assertion failed
}

fn ops_eq(x: PAddr, y: PAddr) {
    let same = x == y;
    assert(same); //~ ERROR assertion failed
}

fn ops_clone(x: PAddr) {
    let y = x.clone();
    assert(y@ == x@ + 1); //~ ERROR assertion failed
}

fn ops() {
    let a = PAddr::from(0x1000u64);
    assert(a@ == 0x1000);
    let b = a.clone();
    let c = b + 0x20;
    assert(c@ == 0x1020);
    let d = PAddr::from(0x1000u64);
    let n = c - d;
    assert(n == 0x20);
    let e: PAddr = 0x1020u64.into();
    let same = e == c;
    assert(same);
    let differ = e != d;
    assert(differ);
    let f = PAddr::from(7u32);
    assert(f@ == 8); //~ ERROR assertion failed
}

fn main() {}

} // verus!
