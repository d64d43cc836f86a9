// A statement under `#[cfg(not(verus_keep_ghost))]` is compiled only when Verus does not
// verify (Verus sets `verus_keep_ghost`), so it is not there for verification: coconut-svsm
// writes `#[cfg(not(verus_keep_ghost))] assert_eq!(..)` beside a `proof!` of the same fact.
// A statement under `#[cfg(verus_keep_ghost)]` is there; one under a flag Proofgate cannot
// know (`test`) is kept as written.
use vstd::prelude::*;

verus! {

fn erased(x: u64) -> (r: u64)
    ensures
        r == x,
{
    #[cfg(not(verus_keep_ghost))]
    assert_eq!(x, 1);
    #[cfg(not(verus_keep_ghost))]
    let x = 5;
    #[cfg(all(verus_keep_ghost, not(verus_keep_ghost_body)))]
    assert(false);
    x
}

fn kept(x: u64) {
    #[cfg(verus_keep_ghost)]
    assert(x == 1); //~ ERROR assertion failed
}

fn kept_any(x: u64) {
    #[cfg(any(test, verus_keep_ghost))]
    assert(x == 2); //~ ERROR assertion failed
}

fn kept_unknown(x: u64) {
    #[cfg(any(test, not(verus_keep_ghost)))]
    assert(x == 3); //~ ERROR assertion failed
}

fn kept_let(x: u64) -> (r: u64)
    ensures
        r == x, //~ ERROR postcondition not satisfied
{
    #[cfg(verus_keep_ghost)]
    let x = 5;
    x
}

fn main() {
}

} // verus!
