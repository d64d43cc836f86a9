//@ no-verify
// Glob imports in a cycle, self-referential renames, unknown lemmas and reveals.
use vstd::prelude::*;

verus! {

mod a {
    pub use super::b::*;

    pub fn fa() -> u8 {
        1
    }
}

mod b {
    pub use super::a::*;

    pub fn fb() -> u8 {
        2
    }
}

use self::x as y;
use self::y as x;

fn f() -> u8 {
    a::fb() + b::fa()
}

fn g() -> u8 {
    x() //~ ERROR cannot find function `x` in this scope
}

fn h() -> u8 {
    a::nothing() //~ ERROR cannot find function `nothing` in `a`
}

broadcast use nothing_here; //~ ERROR cannot find `nothing_here` in this scope

proof fn p() {
    reveal(nope); //~ ERROR cannot find function `nope` in this scope
}

fn main() {
}

} // verus!
