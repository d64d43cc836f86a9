// Fail twin of trait_paths_ok.rs.
use vstd::prelude::*;

verus! {

pub struct Cell { pub v: u32 }

pub trait Make: Sized {
    spec fn val(&self) -> u32;

    fn make(v: u32) -> (r: Self)
        ensures r.val() == v; //~ ERROR postcondition not satisfied

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
    fn make(v: u32) -> (r: Self) { Cell { v: v / 2 } } //~ NOTE at the end of the function body
    fn get(&self) -> (r: u32) { self.v }
}

fn build<T: Make>(v: u32) -> (r: T)
    ensures r.val() == v,
{
    let t = T::make(v);
    let u = t.remake();
    assert(u.val() == v + 1); //~ ERROR assertion failed
    u
}

fn by_trait_path() {
    let c = Cell { v: 9 };
    let g = Make::get(&c);
    assert(g == 8); //~ ERROR assertion failed
}

fn by_generic() {
    let d: Cell = build(4);
    assert(d.v == 5); //~ ERROR assertion failed
}

fn main() {}

} // verus!
