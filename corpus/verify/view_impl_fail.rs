// Fail twin of view_impl_ok.rs: `x@` means the impl's view, nothing more.
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
        ensures r == self@ + 1, //~ ERROR postcondition not satisfied
    {
        self.0 //~ NOTE at the end of the function body
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
    assert(b@ == 0x1011); //~ ERROR assertion failed
}

fn use_raw(b: &VAddr) {
    let r = b.raw();
    assert(r == b@); //~ ERROR assertion failed
}

fn buf_view(b: &Buf)
    requires b.used == 2, b.data@.len() == 4, b.data@[0] == 7,
{
    assert(b@.len() == 2);
    assert(b@[1] == 7); //~ ERROR assertion failed
}

fn main() {}

} // verus!
