use vstd::prelude::*;

verus! {

spec fn double(x: int) -> int { 2 * x }

proof fn unfold_false(x: int)
    ensures double(x) == x + 1, //~ ERROR postcondition not satisfied
{
}
proof fn unfold_true(x: int)
    ensures double(x) == x + x,
{
}

#[verifier::opaque]
spec fn secret(x: int) -> int { x + 1 }

proof fn opaque_false()
{
    assert(secret(1) == 2); //~ ERROR assertion failed
}
proof fn opaque_true()
{
    reveal(secret);
    assert(secret(1) == 2);
}

uninterp spec fn mystery(x: int) -> int;

proof fn uninterp_false(x: int)
{
    assert(mystery(x) == mystery(x + 1)); //~ ERROR assertion failed
}
proof fn uninterp_true(x: int, y: int)
    requires x == y,
{
    assert(mystery(x) == mystery(y));
}

spec fn count(n: nat) -> nat
    decreases n,
{
    if n == 0 { 0 } else { 1 + count((n - 1) as nat) }
}

proof fn fuel_false()
{
    assert(count(2) == 1); //~ ERROR assertion failed
}
proof fn fuel_true()
{
    assert(count(0) == 0);
    assert(count(1) == 1);
    assert(count(2) == 2);
}

fn exec_spec_false(x: u32) -> (r: u32)
    requires x < 100,
    ensures r == double(x as int) + 1, //~ ERROR postcondition not satisfied
{
    x * 2
}
fn exec_spec_true(x: u32) -> (r: u32)
    requires x < 100,
    ensures r == double(x as int),
{
    x * 2
}

spec fn is_small(x: int) -> bool { 0 <= x < 10 }

fn precond_spec_false(x: u8) -> u8
    requires is_small(x as int),
{
    x * 30 //~ ERROR possible arithmetic underflow/overflow
}
fn precond_spec_true(x: u8) -> u8
    requires is_small(x as int),
{
    x * 25
}

fn main() {
}

} // verus!
