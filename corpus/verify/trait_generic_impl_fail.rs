// Fail twin of trait_generic_impl_ok.rs.
use vstd::prelude::*;
verus! {
pub struct Wrap<T> { pub v: T, pub n: u64 }
pub trait Count {
    spec fn count(&self) -> nat;
    fn get_count(&self) -> (r: u64)
        ensures r as nat == self.count();
}
impl<T> Count for Wrap<T> {
    open spec fn count(&self) -> nat { self.n as nat }
    fn get_count(&self) -> (r: u64) { self.n }
}
fn twice<C: Count>(c: &C) -> (r: u64)
    requires c.count() < 1000,
    ensures r as nat == 2 * c.count(),
{
    let x = c.get_count();
    x + x
}
fn use_it() {
    let w = Wrap { v: true, n: 21 };
    let r = twice(&w);
    assert(r == 43); //~ ERROR assertion failed
    let k = w.get_count();
    assert(k == 21);
}
fn main() {}
}
