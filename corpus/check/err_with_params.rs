//@ no-verify
#![feature(proc_macro_hygiene)]
// Misuses of `with` ghost parameters and of the macros passing them.
use vstd::prelude::*;

verus! {
pub struct Perm { pub v: u64 }
}

#[verus_verify(external_body)]
#[verus_spec(
    with Tracked(p): Tracked<&mut Perm>
    ensures
        final(p).v == val,
)]
fn write(val: u64) {
}

#[verus_verify]
fn plain(x: u64) -> u64 {
    x
}

// A with-parameter is ghost: exec code cannot read it.
#[verus_verify]
#[verus_spec(r =>
    with Tracked(p): Tracked<&Perm>
)]
fn exec_reads_tracked() -> u64 {
    p.v //~ ERROR expression has mode proof, expected mode exec
}

#[verus_verify]
#[verus_spec(r =>
    with Ghost(g): Ghost<u64>
)]
fn exec_reads_ghost() -> u64 {
    g //~ ERROR expression has mode spec, expected mode exec
}

#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<&mut Perm>
)]
fn misuses() {
    proof_with!(Tracked(p));
    plain(1); //~ ERROR `plain` has no `with` ghost parameters for `proof_with!` to pass
    proof_with!(Tracked(p), Ghost(1int));
    write(3); //~ ERROR this function takes 2 arguments but 3 arguments were supplied
    write(4); // (Verus's unverified copy: its `requires false` fails at verification)
}

#[verus_verify(external_body)]
#[verus_spec(
    with Tracked(p): Tracked<Perm>
)]
fn consume() {
}

// A tracked argument is moved into the call.
#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<Perm>
)]
fn move_twice() {
    proof_with!(Tracked(p));
    consume();
    proof_with!(Tracked(p)); //~ ERROR use of moved value: `p`
    consume();
}

// Code that is not verified calls the fn as written (Verus's unverified copy).
fn unverified_caller() {
    write(5);
}

fn main() {}
