use vstd::prelude::*;

verus! {

struct Pt { x: u32, y: u32 }
fn sum(p: Pt) -> (r: u64)
    ensures r == p.x + p.y,
{
    p.x as u64 + p.y as u64
}

fn main() {
}

} // verus!
