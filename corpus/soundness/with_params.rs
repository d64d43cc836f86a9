#![feature(proc_macro_hygiene)]
// `with` ghost/tracked parameters of `#[verus_spec]`, the `proof_with!` arguments that pass
// them, `proof_decl!` ghost lets, and deref of Tracked/Ghost in ghost code.
use vstd::prelude::*;

verus! {

pub struct Perm { pub v: u64 }

#[verifier::external_body]
pub proof fn make(v: u64) -> (tracked p: Perm)
    ensures p.v == v,
{
    unimplemented!()
}

proof fn deref_tracked_false(t: Tracked<Perm>, g: Ghost<int>)
    requires t@.v == 5, g@ == 3,
{
    assert((*t).v == 6 || *g == 4); //~ ERROR assertion failed
}
proof fn deref_tracked_true(t: Tracked<Perm>, g: Ghost<int>)
    requires t@.v == 5, g@ == 3,
{
    assert((*t).v == 5 && *g == 3);
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
        g == p.v + 1,
        x == p.v,
    ensures
        ret == g,
)]
fn read_plus(x: u64) -> u64 {
    x + 1
}

#[verus_verify]
#[verus_spec(
    with Ghost(bound): Ghost<int>
    requires
        x < bound,
)]
fn with_ghost_false(x: u64) {
    proof! { assert(x < 100); } //~ ERROR assertion failed
}
#[verus_verify]
#[verus_spec(
    with Ghost(bound): Ghost<int>
    requires
        x < bound,
        bound <= 100,
)]
fn with_ghost_true(x: u64) {
    proof! { assert(x < 100); }
}

#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<&mut Perm>
)]
fn with_tracked_write_false() {
    proof_with!(Tracked(p));
    write(3);
    proof! { assert(p.v == 4); } //~ ERROR assertion failed
}
#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<&mut Perm>
)]
fn with_tracked_write_true() {
    proof_with!(Tracked(p));
    write(3);
    proof! { assert(p.v == 3); }
}

#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<&Perm>
    requires
        p.v == 7,
)]
fn with_caller_ensures_false() {
    proof_with!(Tracked(p), Ghost(8));
    let r = read_plus(7);
    proof! { assert(r == 7); } //~ ERROR assertion failed
}
#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<&Perm>
    requires
        p.v == 7,
)]
fn with_caller_ensures_true() {
    proof_with!(Tracked(p), Ghost(8));
    let r = read_plus(7);
    proof! { assert(r == 8); }
}

#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<&Perm>
    requires
        p.v == 7,
)]
fn with_precondition_false() {
    proof_with!(Tracked(p), Ghost(7));
    let r = read_plus(7); //~ ERROR precondition not satisfied
}
#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<&Perm>
    requires
        p.v == 7,
)]
fn with_precondition_true() {
    proof_with!(Tracked(p), Ghost(p.v + 1));
    let r = read_plus(7);
}

#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<&mut Perm>
    requires
        old(p).v == 1,
)]
fn with_decl_ghost_false() {
    proof_decl! {
        let ghost before = p.v;
    }
    proof_with!(Tracked(p));
    write(2);
    proof! { assert(p.v == before); } //~ ERROR assertion failed
}
#[verus_verify]
#[verus_spec(
    with Tracked(p): Tracked<&mut Perm>
    requires
        old(p).v == 1,
)]
fn with_decl_ghost_true() {
    proof_decl! {
        let ghost before = p.v;
    }
    proof_with!(Tracked(p));
    write(2);
    proof! { assert(p.v == before + 1); }
}

#[verus_verify]
#[verus_spec(r =>
    with Tracked(p): Tracked<&Perm>
    requires
        p.v < 10,
)]
fn with_try_false(x: Option<u64>) -> Option<u64> {
    proof_with!(Tracked(p), Ghost(p.v + 1));
    let v = read_plus_opt(x)?;
    proof! { assert(v == p.v); } //~ ERROR assertion failed
    Some(v)
}
#[verus_verify]
#[verus_spec(r =>
    with Tracked(p): Tracked<&Perm>
    requires
        p.v < 10,
)]
fn with_try_true(x: Option<u64>) -> Option<u64> {
    proof_with!(Tracked(p), Ghost(p.v + 1));
    let v = read_plus_opt(x)?;
    proof! { assert(v == p.v + 1); }
    Some(v)
}

#[verus_verify(external_body)]
#[verus_spec(ret =>
    with Tracked(p): Tracked<&Perm>, Ghost(g): Ghost<int>
    requires
        g == p.v + 1,
    ensures
        ret.is_some() ==> ret.unwrap() == g,
)]
fn read_plus_opt(x: Option<u64>) -> Option<u64> {
    None
}

#[verus_verify]
fn with_tracked_local_false() {
    proof_decl! {
        let tracked mut perm = make(1);
    }
    proof_with!(Tracked(&mut perm));
    write(3);
    proof! { assert(perm.v == 1); } //~ ERROR assertion failed
}
#[verus_verify]
fn with_tracked_local_true() {
    proof_decl! {
        let tracked mut perm = make(1);
    }
    proof_with!(Tracked(&mut perm));
    write(3);
    proof! { assert(perm.v == 3); }
}

pub struct Cell { pub a: u64 }

impl Cell {
    #[verus_verify]
    #[verus_spec(r =>
        with Ghost(g): Ghost<int>
        requires
            g == self.a,
        ensures
            r == g,
    )]
    fn get(&self) -> u64 {
        self.a
    }

    #[verus_verify]
    fn with_method_false(&self) -> u64 {
        let r = {
            proof_with!(Ghost(self.a as int));
            self.get()
        };
        proof! { assert(r == self.a + 1); } //~ ERROR assertion failed
        r
    }
    #[verus_verify]
    fn with_method_true(&self) -> u64 {
        let r = {
            proof_with!(Ghost(self.a as int));
            self.get()
        };
        proof! { assert(r == self.a); }
        r
    }
}

#[verus_verify]
fn with_missing_proof_with_false(x: u64) -> u64 {
    let r = read_plus(x); //~ ERROR precondition not satisfied
    r
}
#[verus_verify]
#[verus_spec(r =>
    with Tracked(p): Tracked<&Perm>
    requires
        p.v < 100,
        x == p.v,
)]
fn with_missing_proof_with_true(x: u64) -> u64 {
    proof_with!(Tracked(p), Ghost(x as int + 1));
    let r = read_plus(x);
    r
}

fn main() {}
