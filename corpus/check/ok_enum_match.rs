//@ no-verify
// Enums with unit, tuple and struct variants; match, `is`, `use E::*`.
use vstd::prelude::*;

verus! {

pub enum Shape {
    Empty,
    Square(u32),
    Rect { w: u32, h: u32 },
}

use Shape::*;

spec fn area(s: Shape) -> int {
    match s {
        Empty => 0,
        Square(n) => n * n,
        Rect { w, h } => w * h,
    }
}

fn is_empty(s: &Shape) -> (b: bool)
    ensures
        b == (*s is Empty),
{
    match s {
        Shape::Empty => true,
        _ => false,
    }
}

fn side(s: Shape) -> u32 {
    match s {
        Shape::Square(n) => n,
        Shape::Rect { w, .. } => w,
        Empty => 0,
    }
}

fn make() -> (s: Shape)
    ensures
        s is Square,
{
    Shape::Square(3)
}

fn main() {
}

} // verus!
