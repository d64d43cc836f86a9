use vstd::prelude::*;

verus! {

spec fn dec(n: nat) -> int { n - 1 }

proof fn nat_nonneg_false(n: nat)
    ensures dec(n) >= 0, //~ ERROR postcondition not satisfied
{
}
proof fn nat_nonneg_true(n: nat)
    requires n > 0,
    ensures dec(n) >= 0,
{
}

proof fn spec_sum_false(a: u8, b: u8)
    ensures a + b <= 255, //~ ERROR postcondition not satisfied
{
}
proof fn spec_sum_true(a: u8, b: u8)
    ensures a + b <= 510,
{
}

proof fn euclid_div_false(a: int)
    requires a == -7,
    ensures a / 2 == -3, //~ ERROR postcondition not satisfied
{
}
proof fn euclid_div_true(a: int)
    requires a == -7,
    ensures a / 2 == -4, a % 2 == 1,
{
}

proof fn nat_cast_false(x: int)
    ensures x as nat == x, //~ ERROR postcondition not satisfied
{
}
proof fn nat_cast_true(x: int)
    requires x >= 0,
    ensures x as nat == x,
{
}

proof fn int_mul_false(a: int, b: int)
    requires a > 0,
    ensures a * b >= b, //~ ERROR postcondition not satisfied
{
}
proof fn int_mul_true(a: int, b: int)
    requires a > 0, b >= 0,
    ensures a * b >= b,
{
    assert(a * b >= b) by (nonlinear_arith)
        requires a > 0, b >= 0;
}

proof fn nat_sub_false(a: nat, b: nat)
    ensures a - b >= 0, //~ ERROR postcondition not satisfied
{
}
proof fn nat_sub_true(a: nat, b: nat)
    requires a >= b,
    ensures a - b >= 0,
{
}

fn main() {
}

} // verus!
