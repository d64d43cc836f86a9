use vstd::prelude::*;

verus! {

enum Shape { Circle(u32), Square { side: u32 }, Empty }
fn area(s: Shape) -> u32 {
    match s {
        Shape::Circle(r) => r * 3, //~ ERROR possible arithmetic underflow/overflow
        Shape::Square { side } => side,
        Shape::Empty => 0,
    }
}

fn main() {
}

} // verus!
