#![feature(proc_macro_hygiene)]
use vstd::prelude::*;

#[verus_verify]
#[verus_spec(r =>
    requires
        n <= 1000,
    ensures
        r == 2 * n,
)]
fn double(n: u64) -> u64 {
    let mut i: u64 = 0;
    let mut acc: u64 = 0;
    #[verus_spec(
        invariant
            i <= n,
            n <= 1000,
            acc == 2 * i,
        decreases n - i,
    )]
    while i < n {
        i = i + 1;
        acc = acc + 2;
        proof! {
            assert(acc == 2 * i);
        }
    }
    acc
}

#[verus_verify]
#[verus_spec(r =>
    ensures
        r == n + 1, //~ ERROR postcondition not satisfied
)]
fn wrong(n: u64) -> u64 {
    let mut i: u64 = 0;
    #[verus_spec(
        invariant
            i <= n,
        decreases n - i,
    )]
    while i < n {
        i = i + 1;
    }
    i + 0 * n
}

#[verus_verify]
#[requires(x < 10)]
#[ensures(|r: u32| [r == x + 1])]
fn old_style(x: u32) -> u32 {
    x + 1
}

fn main() {}
