//@ no-verify
// Tracked and Ghost parameters, tracked returns.
use vstd::prelude::*;

verus! {

pub struct Token {
    pub id: u64,
}

proof fn consume(tracked t: Token) -> (tracked r: Token)
    ensures
        r.id == t.id,
{
    t
}

fn with_ghost(x: u64, Ghost(g): Ghost<int>) -> (r: u64)
    requires
        g == x,
    ensures
        r == g,
{
    x
}

fn with_tracked(Tracked(t): Tracked<&mut Token>)
    ensures
        final(t).id == old(t).id,
{
}

fn main() {
}

} // verus!
