//@ no-verify
use vstd::prelude::*;

verus! {

fn f(x: u32) -> u32 {
    x
}
}

} //~ ERROR unexpected closing delimiter: `}`
