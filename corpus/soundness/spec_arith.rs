use vstd::prelude::*;

verus! {

proof fn spec_mod_false(x: int)
    requires x == -1,
    ensures x % 3 == -1, //~ ERROR postcondition not satisfied
{
}
proof fn spec_mod_true(x: int)
    requires x == -1,
    ensures x % 3 == 2,
{
}

proof fn spec_u64_false(a: u64, b: u64)
    ensures a + b <= u64::MAX, //~ ERROR postcondition not satisfied
{
}
proof fn spec_u64_true(a: u64, b: u64)
    ensures a + b <= 2 * (u64::MAX as int),
{
}

proof fn spec_sub_false(a: u8, b: u8)
    ensures a - b >= 0, //~ ERROR postcondition not satisfied
{
}
proof fn spec_sub_true(a: u8, b: u8)
    ensures a - b >= -255,
{
}

fn exec_in_spec_false(a: u64, b: u64) -> (r: bool)
    ensures r == (a + b > 10), //~ ERROR postcondition not satisfied
{
    a > 10
}
fn exec_in_spec_true(a: u64, b: u64) -> (r: bool)
    requires b == 0,
    ensures r == (a + b > 10),
{
    a > 10
}

proof fn spec_div_neg_false(x: int)
    requires x == 7,
    ensures x / -2 == -4, //~ ERROR postcondition not satisfied
{
}
proof fn spec_div_neg_true(x: int)
    requires x == 7,
    ensures x / -2 == -3, x % -2 == 1,
{
}

fn main() {
}

} // verus!
