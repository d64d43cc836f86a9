//@ no-infer (loop isolation as Verus has it: inference would re-prove `n > 5` as an invariant)
// `#[cfg_attr(verus_keep_ghost, X)]` is `#[X]` to Verus (it sets verus_keep_ghost and
// verus_keep_ghost_body when verifying), on loops as on items; any other cfg_attr is not.
#![feature(proc_macro_hygiene)]
use vstd::prelude::*;

#[verus_verify]
#[verus_spec(r => requires n < 100, ensures r == n)]
fn count(n: u64) -> u64 {
    let mut i: u64 = 0;
    #[cfg_attr(verus_keep_ghost, verus_spec(
        invariant
            i <= n,
        decreases n - i,
    ))]
    loop {
        if i >= n {
            break;
        }
        i = i + 1;
    }
    i
}

#[verus_verify]
#[verus_spec(r => requires n < 100, ensures r == n)]
fn count_bad_invariant(n: u64) -> u64 {
    let mut i: u64 = 0;
    #[cfg_attr(verus_keep_ghost_body, verus_spec(
        invariant
            i <= n,
            i != 5, //~ ERROR invariant not satisfied at end of loop body
        decreases n - i,
    ))]
    loop {
        if i >= n {
            break;
        }
        i = i + 1;
    }
    i
}

// not Verus's cfg: the spec is not there, so the loop has no decreases
#[verus_verify]
fn count_other_cfg(n: u64) {
    let mut i: u64 = 0;
    #[cfg_attr(not(verus_keep_ghost), verus_spec(
        invariant
            i <= n,
        decreases n - i,
    ))]
    loop { //~ ERROR loop must have a decreases clause
        if i >= n {
            break;
        }
        i = i + 1;
    }
}

// loop_isolation(false): the body knows the facts from before the loop
#[verus_verify]
#[verus_spec(requires n > 5)]
fn not_isolated(n: u32) {
    let mut i: u32 = 0;
    #[cfg_attr(verus_keep_ghost, verus_spec(
        invariant i <= 3,
        decreases 3 - i,
    ))]
    #[cfg_attr(verus_keep_ghost_body, verifier::loop_isolation(false))]
    while i < 3 {
        proof! { assert(n > 5); }
        i = i + 1;
    }
    proof! { assert(n > 5); }
}

#[verus_verify]
#[verus_spec(requires n > 5)]
fn not_isolated_false_claim(n: u32) {
    let mut i: u32 = 0;
    #[cfg_attr(verus_keep_ghost, verus_spec(
        invariant i <= 3,
        decreases 3 - i,
    ))]
    #[verifier::loop_isolation(false)]
    while i < 3 {
        proof! { assert(n > 6); } //~ ERROR assertion failed
        i = i + 1;
    }
}

// the variables the loop changes are not known from before it
#[verus_verify]
#[verus_spec(requires n > 5)]
fn not_isolated_modified(n: u32) {
    let mut i: u32 = 0;
    #[cfg_attr(verus_keep_ghost, verus_spec(
        invariant i <= 3,
        decreases 3 - i,
    ))]
    #[cfg_attr(verus_keep_ghost, verifier::loop_isolation(false))]
    while i < 3 {
        proof! { assert(i == 0); } //~ ERROR assertion failed
        i = i + 1;
    }
}

// the default: isolated
#[verus_verify]
#[verus_spec(requires n > 5)]
fn isolated(n: u32) {
    let mut i: u32 = 0;
    #[cfg_attr(verus_keep_ghost, verus_spec(
        invariant i <= 3,
        decreases 3 - i,
    ))]
    while i < 3 {
        proof! { assert(n > 5); } //~ ERROR assertion failed
        i = i + 1;
    }
}

// the ghost iterator of a `for` loop is not in the subset
#[verus_verify]
fn named_iterator(n: u64) {
    #[cfg_attr(verus_keep_ghost, verus_spec(it => //~ ERROR not supported: named `for` loop iterators
        invariant it.index() <= n,
    ))]
    for i in 0..n {
    }
}

fn main() {
}
