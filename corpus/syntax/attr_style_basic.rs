//@ no-verify
// Attribute style: verus_verify with verus_spec, with and without a ret binder.
use vstd::prelude::*;

#[verus_verify]
#[verus_spec(r =>
    requires
        x < 100,
    ensures
        r == x + 1,
)]
fn inc(x: u64) -> u64 {
    x + 1
}

#[verus_verify]
#[verus_spec(
    requires
        x > 0,
)]
fn pos(x: u64) {
}

#[verus_verify(external_body)]
fn trusted() -> u64 {
    0
}

#[verus_verify(external)]
fn ignored() -> u64 {
    let f = |x: u64| x + 1;
    f(1)
}

fn main() {
}
