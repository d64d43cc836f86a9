//@ no-verify
#![feature(proc_macro_hygiene)]
// Attribute style: loop specs and proof! blocks.
use vstd::prelude::*;

#[verus_verify]
fn count(n: u64) -> u64 {
    let mut i: u64 = 0;
    #[verus_spec(
        invariant
            i <= n,
        decreases n - i,
    )]
    while i < n {
        i = i + 1;
    }
    proof! {
        assert(i == n);
    }
    i
}

fn main() {
}
