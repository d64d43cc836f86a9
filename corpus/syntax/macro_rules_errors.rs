//@ no-verify
// An invocation no arm of its macro matches is rustc's error at the token that failed.
use vstd::prelude::*;

macro_rules! pick {
    (zero) => {
        0
    };
    (one) => {
        1
    };
}

verus! {

spec fn a() -> int {
    pick!(two) //~ ERROR no rules expected the token `two`
}

spec fn b() -> int {
    pick!() //~ ERROR unexpected end of macro invocation
}

spec fn c() -> int {
    pick!(one)
}

} // verus!
