//@ no-verify
// Errors inside attribute-style specs point into the attribute.
use vstd::prelude::*;

#[verus_verify]
#[verus_spec(ret =>
    requires
        x < < 10, //~ ERROR expected expression, found `<`
)]
fn f(x: u64) -> u64 {
    x
}

fn main() {
}
