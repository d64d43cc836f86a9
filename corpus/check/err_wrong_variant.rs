//@ no-verify
// A variant the enum does not have, in a path and with `is`.
use vstd::prelude::*;

verus! {

pub enum E {
    A,
    B(u32),
}

fn f() -> E {
    E::C //~ ERROR cannot find value `C` in `E`
}

spec fn g(e: E) -> bool {
    e is D //~ ERROR no variant named `D` for type `E`
}

fn main() {
}

} // verus!
