use vstd::prelude::*;

verus! {

struct Pt { x: u32, y: u32 }
fn set_x(p: &mut Pt, v: u32)
    ensures final(p).x == v, final(p).y == old(p).y,
{
    p.x = v;
}

fn main() {
}

} // verus!
