// A trait's `returns` clause is inherited by its impls.
use vstd::prelude::*;
verus! {
pub struct S(pub u64);
pub trait Tr {
    spec fn sv(&self) -> u64;
    fn get(&self) -> u64
        returns self.sv();
}
impl Tr for S {
    open spec fn sv(&self) -> u64 { self.0 }
    fn get(&self) -> u64 { self.0 + 0 }
}
fn use_it() {
    let s = S(4);
    let g = s.get();
    assert(g == 4);
}
fn main() {}
}
