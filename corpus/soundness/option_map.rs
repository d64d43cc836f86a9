// `opt.map(|x| body)` with a closure literal in exec code: the body runs on a `Some`'s value, its
// checks included; the result is `Some(body)` or `None`.
use vstd::prelude::*;

verus! {

fn add_one_false(x: Option<u8>) -> (r: Option<u16>)
    ensures x is Some ==> r == Some((x->Some_0 + 2) as u16), //~ ERROR postcondition not satisfied
{
    x.map(|v: u8| v as u16 + 1)
}

fn add_one_true(x: Option<u8>) -> (r: Option<u16>)
    ensures
        x is Some ==> r == Some((x->Some_0 + 1) as u16),
        x is None ==> r is None,
{
    x.map(|v: u8| v as u16 + 1)
}

fn overflow_false(x: Option<u8>) -> Option<u8> {
    x.map(|v| v + 1) //~ ERROR possible arithmetic underflow/overflow
}

fn overflow_true(x: Option<u8>) -> Option<u8> {
    x.map(|v| if v < 255 { v + 1 } else { v })
}

fn checked_false(a: usize, b: usize) -> (r: Option<usize>)
    ensures r is Some, //~ ERROR postcondition not satisfied
{
    a.checked_add(b).map(|s| s / 2)
}

fn checked_true(a: usize, b: usize) -> (r: Option<usize>)
    ensures a + b <= usize::MAX ==> r == Some(((a + b) / 2) as usize),
{
    a.checked_add(b).map(|s| s / 2)
}

// `x.into()` to a type parameter bounded by `From<X>`: `P::from(x)` through the bound
pub trait Addr: Copy + From<usize> + Into<usize> {
    fn bits(&self) -> (r: usize)
        ensures Self::into.ensures((*self,), r),
    {
        (*self).into()
    }

    fn add_false(&self, off: usize) -> (r: Option<Self>)
        ensures r is Some, //~ ERROR postcondition not satisfied
    {
        self.bits().checked_add(off).map(|a| a.into())
    }

    fn add_true(&self, off: usize) -> (r: Option<Self>)
        ensures r is Some ==> exists|a: usize| call_ensures(Self::from, (a,), r->Some_0),
    {
        self.bits().checked_add(off).map(|a| a.into())
    }
}

fn main() {
    let r = add_one_true(Some(3));
    let n = overflow_true(None);
}

} // verus!
