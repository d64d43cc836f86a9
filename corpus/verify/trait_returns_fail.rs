// Fail twin of trait_returns_ok.rs: an impl returning something else.
use vstd::prelude::*;
verus! {
pub struct S(pub u64);
pub trait Tr {
    spec fn sv(&self) -> u64;
    fn get(&self) -> u64
        returns self.sv(); //~ ERROR postcondition not satisfied
}
impl Tr for S {
    open spec fn sv(&self) -> u64 { self.0 }
    fn get(&self) -> u64 { self.0 + 0 }
}
pub struct Bad(pub u64);
impl Tr for Bad {
    open spec fn sv(&self) -> u64 { self.0 }
    fn get(&self) -> u64 { 3 } //~ NOTE at the end of the function body
}
fn main() {}
}
