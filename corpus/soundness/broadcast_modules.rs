use vstd::prelude::*;

verus! {

#[verifier::opaque]
spec fn tw(x: int) -> int { x * 2 }
#[verifier::opaque]
spec fn th(x: int) -> int { x * 3 }

broadcast proof fn lemma_tw(x: int)
    ensures #[trigger] tw(x) == x + x,
{
    reveal(tw);
}

broadcast use lemma_tw;

mod inner {
    use vstd::prelude::*;
    pub open spec fn three() -> int { 3 }
    pub fn add3(x: u32) -> (r: u32)
        requires x < 100,
        ensures r == x + three(),
    {
        x + 3
    }
}

proof fn no_broadcast_false()
{
    assert(th(3) == 9); //~ ERROR assertion failed
}
proof fn no_broadcast_true()
{
    reveal(th);
    assert(th(3) == 9);
}

proof fn broadcast_use_false(y: int)
{
    assert(tw(y) == y + y + 1); //~ ERROR assertion failed
}
proof fn broadcast_use_true(y: int)
{
    assert(tw(y) == y + y);
}

fn module_false(x: u32) {
    let r = inner::add3(x); //~ ERROR precondition not satisfied
}
fn module_true(x: u32)
    requires x < 50,
{
    let r = inner::add3(x);
    assert(r == x + 3);
}

fn module_post_false(x: u32)
    requires x < 50,
{
    let r = inner::add3(x);
    assert(r == x + 4); //~ ERROR assertion failed
}
fn module_post_true(x: u32)
    requires x < 50,
{
    let r = inner::add3(x);
    assert(r < 53);
}

fn main() {
}

} // verus!
