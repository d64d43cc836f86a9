use vstd::prelude::*;

verus! {

enum Shape { Circle(u32), Square { side: u32 }, Empty }
fn area_bound(s: Shape) -> (r: u64)
    ensures r <= 0xffff_ffff * 4,
{
    match s {
        Shape::Circle(r) => r as u64 * 3,
        Shape::Square { side } => side as u64 * 4,
        Shape::Empty => 0,
    }
}

fn main() {
}

} // verus!
