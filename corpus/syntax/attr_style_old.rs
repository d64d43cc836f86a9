//@ no-verify
// The older attribute spellings: #[requires], #[ensures], #[invariant].
use vstd::prelude::*;

#[verus_verify]
#[requires(x < 1000)]
#[ensures(|r: u64| [r > x, r <= x + 1])]
fn succ(x: u64) -> u64 {
    x + 1
}

#[verus_verify]
#[ensures(|r: u64| r == 0)]
fn zero() -> u64 {
    0
}

#[verus_verify]
fn loop_it(n: u64) -> u64 {
    let mut i = 0;
    #[invariant(i <= n)]
    #[decreases(n - i)]
    while i < n {
        i += 1;
    }
    i
}

fn main() {
}
