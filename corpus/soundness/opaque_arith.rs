use vstd::prelude::*;
use vstd::set_lib::*;

verus! {

// `*`, `/`, `%` without a constant operand and truncating casts are functions of their own
// for the solver, each with one axiom for its exact meaning: what held still holds, what
// does not still fails.

// A spec cast still truncates (its exact meaning arrives by its axiom).
proof fn spec_cast_false(x: u64)
    requires x == 0xffff_ffff_ffff_ffff,
{
    assert(((x + 2) as u64) == 0); //~ ERROR assertion failed
}
proof fn spec_cast_true(x: u64)
    requires x == 0xffff_ffff_ffff_ffff,
{
    assert(((x + 2) as u64) == 1);
}

// A signed cast wraps around.
proof fn spec_cast_signed_false(x: u8)
    requires x >= 128,
{
    assert((x as i8) >= 0); //~ ERROR assertion failed
}
proof fn spec_cast_signed_true(x: u8)
    requires x >= 128,
{
    assert((x as i8) == x - 256);
}

// `x % m` with both unknown: its range is known, not more.
proof fn var_mod_false(x: nat, m: nat)
    requires m > 0,
{
    assert(x % m < m - 1); //~ ERROR assertion failed
}
proof fn var_mod_true(x: nat, m: nat)
    requires m > 0,
{
    assert(x % m < m);
}

// `x / m` of naturals is at most `x`.
proof fn var_div_false(x: nat, m: nat)
    requires m > 0,
{
    assert(x / m < x); //~ ERROR assertion failed
}
proof fn var_div_true(x: nat, m: nat)
    requires m > 0,
{
    assert(x / m <= x);
}

// A product of naturals is a natural; it is the product (the same term twice is one value).
proof fn var_mul_false(x: nat, y: nat) {
    assert(x * y > 0); //~ ERROR assertion failed
}
proof fn var_mul_true(x: nat, y: nat) {
    assert(x * y >= 0);
    assert(x * y == y * x) by (nonlinear_arith);
}

// Constant shifts fold to their wrapped value.
proof fn const_shl_false() {
    assert((1u8 << 7u8) == 0); //~ ERROR assertion failed
}
proof fn const_shl_true() {
    assert((1u8 << 7u8) == 128);
}

// A shift by a variable amount meets the constant shifts of the same value: facts stated
// for `1 << 3` hold for `1 << n` when `n == 3`, and give nothing for another `n`.
proof fn var_shl_false(n: u64)
    requires n < 4, (1u64 << 3u64) == 8,
{
    assert((1u64 << n) == 8); //~ ERROR assertion failed
}
proof fn var_shl_true(n: u64)
    requires n == 3, (1u64 << 3u64) == 8,
{
    assert((1u64 << n) == 8);
}

// `set_int_range` is defined by its members, so a filtered range is a subset of it.
proof fn int_range_subset_false(s: Set<int>) {
    let f = set_int_range(0, 10).filter(|i: int| i % 2 == 0);
    assert(f.subset_of(set_int_range(0, 5))); //~ ERROR assertion failed
}
proof fn int_range_subset_true(s: Set<int>) {
    let f = set_int_range(0, 10).filter(|i: int| i % 2 == 0);
    assert(f.subset_of(set_int_range(0, 10)));
}

fn main() {
}

} // verus!
