//@ no-verify
// Attribute style: only #[verus_verify] items are checked.
use vstd::prelude::*;

#[verus_verify]
#[verus_spec(ret =>
    requires
        x < 1000,
    ensures
        ret == x + 1,
)]
fn inc(x: u64) -> u64 {
    x + 1
}

fn plain_rust(s: &str) -> usize {
    let parts: Vec<&str> = s.split(',').collect();
    parts.len() + inc(1) as usize
}

#[verus_verify]
fn twice(x: u64) -> u64 {
    proof! {
        assert(x < 1000 ==> x + 1 < 1001);
    }
    if x < 500 { inc(inc(x)) } else { 0 }
}

fn main() {
}
