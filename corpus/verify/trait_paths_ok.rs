// Trait members called by path: `T::f(..)` through a bound, `Tr::f(x)`, `Self::f(..)` in a default.
use vstd::prelude::*;

verus! {

pub struct Cell { pub v: u32 }

pub trait Make: Sized {
    spec fn val(&self) -> u32;

    fn make(v: u32) -> (r: Self)
        ensures r.val() == v;

    fn get(&self) -> (r: u32)
        ensures r == self.val();

    fn remake(&self) -> (r: Self)
        ensures r.val() == self.val(),
    {
        let v = self.get();
        Self::make(v)
    }
}

impl Make for Cell {
    open spec fn val(&self) -> u32 { self.v }
    fn make(v: u32) -> (r: Self) { Cell { v } }
    fn get(&self) -> (r: u32) { self.v }
}

fn build<T: Make>(v: u32) -> (r: T)
    ensures r.val() == v,
{
    let t = T::make(v);
    t.remake()
}

fn by_trait_path() {
    let c = Cell { v: 9 };
    let g = Make::get(&c);
    assert(g == 9);
    let d: Cell = build(4);
    assert(d.v == 4);
}

fn main() {}

} // verus!
