//@ no-verify
// Paths through modules that do not contain the name.
use vstd::prelude::*;

verus! {

mod m {
    pub fn f() -> u32 {
        1
    }
}

fn g() -> u32 {
    m::h() //~ ERROR cannot find function `h` in `m`
}

fn k() -> u32 {
    nomod::f() //~ ERROR failed to resolve: use of undeclared type or module `nomod`
}

fn main() {
}

} // verus!
