#![feature(proc_macro_hygiene)]
// Exec fns with `with` ghost parameters run with their ghost arguments erased.
use vstd::prelude::*;

#[verus_verify]
#[verus_spec(r =>
    with Ghost(bound): Ghost<int>
    requires
        x < bound,
        bound <= 100,
    ensures
        r == x + 1,
)]
fn next_below(x: u64) -> u64 {
    proof_decl! {
        let ghost b = bound;
        assert(x + 1 <= b);
    }
    x + 1
}

#[verus_verify]
#[verus_spec(r =>
    with Ghost(g): Ghost<int>
)]
fn add_all(x: u8, y: u8) -> u8 {
    x + y
}

#[test]
#[verus_verify]
fn ok_with_ghost_args() {
    proof_with!(Ghost(10int));
    let a = next_below(3);
    assert(a == 4);
    proof_with!(Ghost(a as int + 1));
    let b = next_below(a);
    assert(b == 5);
}

#[test]
#[verus_verify]
fn fail_overflow_in_with_fn() {
    proof_with!(Ghost(0int));
    let c = add_all(200, 100);
}

#[test]
fn ok_unverified_caller() {
    let c = add_all(1, 2);
    assert!(c == 3);
}
