//@ no-verify
// Tracked permissions: `Tracked(x): Tracked<&mut T>` parameters, passing `Tracked(x)` on.
use vstd::prelude::*;

verus! {

pub struct Perm {
    pub page: u64,
    pub ready: bool,
}

#[verifier::external_body]
fn prepare(page: u64, Tracked(perm): Tracked<&mut Perm>)
    requires
        old(perm).page == page,
    ensures
        final(perm).page == page,
        final(perm).ready,
{
    unimplemented!()
}

fn prepare_twice(page: u64, Tracked(perm): Tracked<&mut Perm>)
    requires
        old(perm).page == page,
    ensures
        final(perm).ready,
{
    prepare(page, Tracked(perm));
    prepare(page, Tracked(perm));
}

proof fn consume(tracked p: Perm) -> (tracked r: Perm)
    ensures
        r == p,
{
    p
}

fn main() {
}

} // verus!
