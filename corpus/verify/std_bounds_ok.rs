// std traits as bounds: `T: Clone`, `T: From<X>`, `T: Into<U>` and a trait's supertraits
// (as svsm's `trait Address: Copy + From<usize> + Into<usize>`): calls are allowed, and
// nothing is known of their results but their types.
use vstd::prelude::*;

verus! {

pub trait Addr: Copy + From<u64> + Into<u64> {
    spec fn raw(&self) -> u64;

    fn bits(&self) -> (r: u64)
        ensures r == self.raw();

    fn same(&self) -> (r: Self) {
        Self::from(self.bits())
    }

    fn as_u64(&self) -> u64 {
        let c: Self = *self;
        c.into()
    }
}

fn dup<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn conv<T: From<u8>>(b: u8) -> T {
    T::from(b)
}

fn to_small<T: Into<u8>>(x: T) -> (r: u8)
    ensures r <= 255,
{
    x.into()
}

fn main() {}

} // verus!
