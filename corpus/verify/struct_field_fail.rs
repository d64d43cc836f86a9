use vstd::prelude::*;

verus! {

struct Pt { x: u32, y: u32 }
fn sum(p: Pt) -> u32 {
    p.x + p.y //~ ERROR possible arithmetic underflow/overflow
}

fn main() {
}

} // verus!
