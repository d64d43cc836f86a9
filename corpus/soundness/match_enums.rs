use vstd::prelude::*;

verus! {

enum Shape { Circle(u32), Square { side: u32 }, Empty }

fn area_false(s: Shape) -> (r: u64)
    ensures r > 0, //~ ERROR postcondition not satisfied
{
    match s {
        Shape::Circle(r) => r as u64 * 3 + 1,
        Shape::Square { side } => side as u64 * 4 + 1,
        Shape::Empty => 0,
    }
}
fn area_true(s: Shape) -> (r: u64)
    ensures s is Empty <==> r == 0,
{
    match s {
        Shape::Circle(r) => r as u64 * 3 + 1,
        Shape::Square { side } => side as u64 * 4 + 1,
        Shape::Empty => 0,
    }
}

fn overflow_arm_false(s: Shape) -> u32 {
    match s {
        Shape::Circle(r) => r + 1, //~ ERROR possible arithmetic underflow/overflow
        _ => 0,
    }
}
fn overflow_arm_true(s: Shape) -> u32 {
    match s {
        Shape::Circle(r) => if r < 100 { r + 1 } else { r },
        _ => 0,
    }
}

fn is_false(s: Shape)
    requires !(s is Empty),
{
    assert(s is Circle); //~ ERROR assertion failed
}
fn is_true(s: Shape)
    requires !(s is Empty), !(s is Square),
{
    assert(s is Circle);
}

fn int_match_false(x: u8) -> (r: u8)
    ensures r <= 2, //~ ERROR postcondition not satisfied
{
    match x {
        0 => 1,
        1 | 2 => 2,
        _ => x,
    }
}
fn int_match_true(x: u8) -> (r: u8)
    ensures r >= 1,
{
    match x {
        0 => 1,
        1 | 2 => 2,
        _ => x,
    }
}

fn option_false(o: Option<u32>) -> (r: u32)
    ensures r > 0, //~ ERROR postcondition not satisfied
{
    match o {
        Some(v) => v,
        None => 1,
    }
}
fn option_true(o: Option<u32>) -> (r: u32)
    ensures o is None ==> r == 1,
{
    match o {
        Some(v) => v,
        None => 1,
    }
}

fn unwrap_false(o: Option<u32>) -> u32 {
    o.unwrap() //~ ERROR precondition not satisfied
}
fn unwrap_true(o: Option<u32>) -> (r: u32)
    requires o.is_some(),
    ensures Some(r) == o,
{
    o.unwrap()
}

fn guard_false(o: Option<u8>) -> (r: u8)
    ensures r < 10, //~ ERROR postcondition not satisfied
{
    match o {
        Some(v) if v < 10 => v,
        Some(v) => v - 1,
        None => 0,
    }
}
fn guard_true(o: Option<u8>) -> (r: u8)
    ensures r < 255,
{
    match o {
        Some(v) if v < 10 => v,
        Some(v) => v - 1,
        None => 0,
    }
}

fn main() {
}

} // verus!
