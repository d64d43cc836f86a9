// Fail twin of std_bounds_ok.rs: through a std bound nothing is known of a result
// (a user Clone need not copy, a From need not be injective).
use vstd::prelude::*;

verus! {

fn dup<T: Clone>(x: &T) {
    let y = x.clone();
    assert(y == *x); //~ ERROR assertion failed
}

fn conv<T: From<u8>>(b: u8) {
    let s: T = T::from(b);
    let t: T = T::from(b);
    assert(s == t); //~ ERROR assertion failed
}

fn to_small<T: Into<u8>>(x: T) -> (r: u8)
    ensures r < 255, //~ ERROR postcondition not satisfied
{
    x.into() //~ NOTE at the end of the function body
}

fn main() {}

} // verus!
