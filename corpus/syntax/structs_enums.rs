//@ no-verify
// Named, tuple and unit structs; enums with unit, tuple and struct variants.
use vstd::prelude::*;

verus! {

pub struct Point {
    pub x: u64,
    pub y: u64,
}

pub struct Pair(pub u32, pub u32);

pub struct Marker;

pub enum Shape {
    Empty,
    Dot(u64),
    Rect { w: u64, h: u64 },
}

pub enum Level {
    Low = 1,
    High = 2,
}

spec fn area(s: Shape) -> int {
    match s {
        Shape::Empty => 0,
        Shape::Dot(_) => 1,
        Shape::Rect { w, h } => w * h,
    }
}

fn origin() -> (p: Point)
    ensures
        p.x == 0 && p.y == 0,
{
    Point { x: 0, y: 0 }
}

fn swap(p: Pair) -> (q: Pair)
    ensures
        q.0 == p.1,
        q.1 == p.0,
{
    Pair(p.1, p.0)
}

fn main() {
}

} // verus!
