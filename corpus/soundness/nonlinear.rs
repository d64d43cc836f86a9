use vstd::prelude::*;

verus! {

fn nl_pos_false(a: u32, b: u32)
    requires a > 0,
{
    assert(a * b > 0) by (nonlinear_arith) //~ ERROR assertion failed
        requires a > 0;
}
fn nl_pos_true(a: u32, b: u32)
    requires a > 0, b > 0,
{
    assert(a * b > 0) by (nonlinear_arith)
        requires a > 0, b > 0;
}

proof fn nl_mono_false(a: int, b: int, c: int)
    requires a <= b,
{
    assert(a * c <= b * c) by (nonlinear_arith) //~ ERROR assertion failed
        requires a <= b;
}
proof fn nl_mono_true(a: int, b: int, c: int)
    requires a <= b, c >= 0,
{
    assert(a * c <= b * c) by (nonlinear_arith)
        requires a <= b, c >= 0;
}

proof fn nl_isolated_false(a: int, b: int)
    requires a == 2, b == 3,
{
    assert(a * b == 6) by (nonlinear_arith); //~ ERROR assertion failed
}
proof fn nl_isolated_true(a: int, b: int)
    requires a == 2, b == 3,
{
    assert(a * b == 6) by (nonlinear_arith)
        requires a == 2, b == 3;
}

proof fn nl_square_false(x: int)
{
    assert(x * x > 0) by (nonlinear_arith); //~ ERROR assertion failed
}
proof fn nl_square_true(x: int)
{
    assert(x * x >= 0) by (nonlinear_arith);
}

proof fn nl_div_false(x: int, d: int)
    requires d > 0, x >= 0,
{
    assert((x / d) * d == x) by (nonlinear_arith) //~ ERROR assertion failed
        requires d > 0, x >= 0;
}
proof fn nl_div_true(x: int, d: int)
    requires d > 0, x >= 0,
{
    assert((x / d) * d <= x) by (nonlinear_arith)
        requires d > 0, x >= 0;
}

fn main() {
}

} // verus!
