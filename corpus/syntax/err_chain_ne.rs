//@ no-verify
use vstd::prelude::*;

verus! {

spec fn f(a: int, b: int, c: int) -> bool {
    a < b != c //~ ERROR comparison operators cannot be chained
}

fn main() {
}

} // verus!
