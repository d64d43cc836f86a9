use vstd::prelude::*;

verus! {

fn ident<T>(x: T) -> (r: T)
    ensures r == x,
{
    x
}
fn use_ident() {
    let a: u32 = ident(5u32);
    assert(a == 5);
}

fn main() {
}

} // verus!
