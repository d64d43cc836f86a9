// `impl View for T` gives `x@` (vstd's View: `type V` and `spec fn view(&self) -> Self::V`).
use vstd::prelude::*;

verus! {

pub struct VAddr(u64);

impl View for VAddr {
    type V = u64;

    closed spec fn view(&self) -> u64 {
        self.0
    }
}

pub struct Buf { pub data: Vec<u8>, pub used: usize }

impl View for Buf {
    type V = Seq<u8>;

    open spec fn view(&self) -> Self::V {
        self.data@.subrange(0, self.used as int)
    }
}

impl VAddr {
    pub fn new(x: u64) -> (r: Self)
        ensures r@ == x,
    {
        VAddr(x)
    }

    pub fn raw(&self) -> (r: u64)
        ensures r == self@,
    {
        self.0
    }

    pub fn add(&self, off: u64) -> (r: Self)
        requires self@ + off <= u64::MAX,
        ensures r@ == self@ + off,
    {
        VAddr(self.0 + off)
    }
}

fn use_view() {
    let a = VAddr::new(0x1000);
    let b = a.add(0x10);
    assert(b@ == 0x1010);
    let r = b.raw();
    assert(r == 0x1010);
}

fn buf_view(b: &Buf)
    requires b.used == 2, b.data@.len() == 4, b.data@[0] == 7,
{
    assert(b@.len() == 2);
    assert(b@[0] == 7);
}

// an inherent `view` spec fn serves `@` too (its value, not the struct's)
pub struct Counter { pub n: u64 }

impl Counter {
    pub open spec fn view(&self) -> int { self.n as int + 1 }
}

fn inherent_view(c: Counter)
    requires c.n == 3,
{
    assert(c@ == 4);
}

fn main() {}

} // verus!
