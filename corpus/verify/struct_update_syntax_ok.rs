use vstd::prelude::*;

verus! {

struct P { x: u32, y: u32 }
fn f(p: P) -> (q: P)
    ensures q.x == 1, q.y == p.y,
{
    P { x: 1, ..p }
}

fn main() {
}

} // verus!
