#![feature(proc_macro_hygiene)]
// `with` ghost/tracked parameters of `#[verus_spec]`, passed with `proof_with!`; tracked
// locals declared with `proof_decl!`.
use vstd::prelude::*;

verus! {

pub struct Perm { pub v: u64 }

pub proof fn lemma_bump(tracked p: &mut Perm)
    requires old(p).v < 100,
    ensures final(p).v == old(p).v,
{
}

} // verus!

#[verus_verify(external_body)]
#[verus_spec(
    with Tracked(p): Tracked<&mut Perm>
    ensures
        final(p).v == val,
)]
fn write(val: u64) {
}

#[verus_verify]
#[verus_spec(ret =>
    with Tracked(p): Tracked<&Perm>, Ghost(g): Ghost<int>
    requires
        p.v < 100,
        g == p.v,
        x == p.v,
    ensures
        ret == g + 1,
)]
fn read_plus(x: u64) -> u64 {
    proof! { assert(g < 100); }
    x + 1
}

#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<&mut Perm>
)]
fn call_without_proof_with() {
    write(3); //~ ERROR precondition not satisfied
}

#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<&mut Perm>
    ensures
        final(p).v == 4, //~ ERROR postcondition not satisfied
)]
fn write_wrong_value() {
    proof_with!(Tracked(p));
    write(3);
}

#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<&mut Perm>
    ensures
        final(p).v == 9,
)]
fn write_twice() {
    proof_with!(Tracked(p));
    write(3);
    proof_decl! {
        let ghost mid = p.v;
        assert(mid == 3);
    }
    proof_with!(Tracked(p));
    write(9);
}

#[verus_verify]
#[verus_spec(r =>
    with Tracked(p): Tracked<&Perm>
    requires
        p.v < 100,
        x == p.v,
    ensures
        r == p.v + 1,
)]
fn pass_ghost(x: u64) -> u64 {
    proof_with!(Tracked(p), Ghost(p.v as int));
    let r = read_plus(x);
    r
}

#[verus_verify]
#[verus_spec(r =>
    with Tracked(p): Tracked<&Perm>
    requires
        p.v < 100,
        x == p.v,
)]
fn pass_wrong_ghost(x: u64) -> u64 {
    proof_with!(Tracked(p), Ghost(p.v + 1));
    read_plus(x) //~ ERROR precondition not satisfied
}

#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<&mut Perm>
    requires
        old(p).v < 100,
    ensures
        final(p).v == old(p).v,
)]
fn tracked_local_ok() {
    proof_decl! {
        lemma_bump(p);
    }
}

fn main() {}
