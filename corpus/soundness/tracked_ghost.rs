use vstd::prelude::*;

verus! {

pub struct Perm { pub v: u64 }

#[verifier::external_body]
fn write(Tracked(p): Tracked<&mut Perm>, val: u64)
    ensures final(p).v == val,
{
    unimplemented!()
}

fn tracked_false(Tracked(p): Tracked<&mut Perm>)
    ensures final(p).v == 4, //~ ERROR postcondition not satisfied
{
    write(Tracked(p), 3);
}
fn tracked_true(Tracked(p): Tracked<&mut Perm>)
    ensures final(p).v == 3,
{
    write(Tracked(p), 3);
}

fn tracked_twice_false(Tracked(p): Tracked<&mut Perm>)
    ensures final(p).v == 1, //~ ERROR postcondition not satisfied
{
    write(Tracked(p), 1);
    write(Tracked(p), 2);
}
fn tracked_twice_true(Tracked(p): Tracked<&mut Perm>)
    ensures final(p).v == 2,
{
    write(Tracked(p), 1);
    write(Tracked(p), 2);
}

fn ghost_false(x: u32) -> (r: u32)
    requires x < 10,
    ensures r == x + 1,
{
    let ghost g = x;
    let y = x + 1;
    assert(y == g); //~ ERROR assertion failed
    y
}
fn ghost_true(x: u32) -> (r: u32)
    requires x < 10,
    ensures r == x + 1,
{
    let ghost g = x;
    let y = x + 1;
    assert(y == g + 1);
    y
}

fn ghost_param_false(x: u32, Ghost(bound): Ghost<int>)
    requires x < bound,
{
    assert(x < 100); //~ ERROR assertion failed
}
fn ghost_param_true(x: u32, Ghost(bound): Ghost<int>)
    requires x < bound, bound <= 100,
{
    assert(x < 100);
}

proof fn ghost_int_false(x: u8)
{
    let ghost y: int = x + 1;
    assert(y <= 255); //~ ERROR assertion failed
}
proof fn ghost_int_true(x: u8)
{
    let ghost y: int = x + 1;
    assert(y <= 256);
}

fn main() {
}

} // verus!
