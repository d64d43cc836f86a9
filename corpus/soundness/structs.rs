use vstd::prelude::*;

verus! {

struct Pt { x: u32, y: u32 }
struct Pair(u8, u8);

fn set_x_false(p: &mut Pt, v: u32)
    ensures final(p).x == v, final(p).y == v, //~ ERROR postcondition not satisfied
{
    p.x = v;
}
fn set_x_true(p: &mut Pt, v: u32)
    ensures final(p).x == v, final(p).y == old(p).y,
{
    p.x = v;
}

fn sum_false(p: Pt) -> u32 {
    p.x + p.y //~ ERROR possible arithmetic underflow/overflow
}
fn sum_true(p: Pt) -> (r: u32)
    requires p.x < 1000, p.y < 1000,
    ensures r == p.x + p.y,
{
    p.x + p.y
}

fn update_false(p: Pt) -> (r: Pt)
    ensures r.x == p.x, //~ ERROR postcondition not satisfied
{
    Pt { x: 0, ..p }
}
fn update_true(p: Pt) -> (r: Pt)
    ensures r.x == 0, r.y == p.y,
{
    Pt { x: 0, ..p }
}

fn tuple_struct_false(p: Pair) -> (r: Pair)
    ensures r.0 == p.0, //~ ERROR postcondition not satisfied
{
    Pair(p.1, p.0)
}
fn tuple_struct_true(p: Pair) -> (r: Pair)
    ensures r.0 == p.1, r.1 == p.0,
{
    Pair(p.1, p.0)
}

fn tuple_false(a: u8, b: u8) -> (r: (u8, u8))
    ensures r.0 <= r.1, //~ ERROR postcondition not satisfied
{
    (a, b)
}
fn tuple_true(a: u8, b: u8) -> (r: (u8, u8))
    ensures r.0 <= r.1,
{
    if a <= b { (a, b) } else { (b, a) }
}

fn main() {
}

} // verus!
