use vstd::prelude::*;

verus! {

pub struct Perm { pub v: u64 }
#[verifier::external_body]
fn write(Tracked(p): Tracked<&mut Perm>, val: u64)
    ensures final(p).v == val,
{
    unimplemented!()
}
fn go(Tracked(p): Tracked<&mut Perm>)
    ensures
        final(p).v == 4, //~ ERROR postcondition not satisfied
{
    write(Tracked(p), 3);
}

fn main() {
}

} // verus!
