use vstd::prelude::*;

// `#[verifier::nonlinear]` (`#[verifier(nonlinear)]`) proof fns: Verus proves the fn with
// nonlinear arithmetic on; with an empty body that is each ensures clause from the requires
// (and spec fns' definitions) alone, and a false clause fails where it is written.
verus! {

#[verifier::nonlinear]
proof fn mul_pos_false(a: int, b: int)
    requires
        a > 0,
    ensures
        a * b > 0, //~ ERROR assertion failed
{
}
#[verifier::nonlinear]
proof fn mul_pos_true(a: int, b: int)
    requires
        a > 0,
        b > 0,
    ensures
        a * b > 0,
{
}

spec fn sq(x: int) -> int {
    x * x
}

#[verifier(nonlinear)]
proof fn sq_mono_false(x: int, y: int)
    requires
        x <= y,
    ensures
        sq(x) <= sq(y), //~ ERROR assertion failed
{
}
#[verifier(nonlinear)]
proof fn sq_mono_true(x: int, y: int)
    requires
        0 <= x <= y,
    ensures
        sq(x) <= sq(y),
{
}

// nothing else in the caller's context reaches the isolated proof
proof fn context_caller(a: int, b: int) {
    assume(a > 0 && b > 0);
    context_false(a, b);
}
#[verifier::nonlinear]
proof fn context_false(a: int, b: int)
    ensures
        a * b >= 0, //~ ERROR assertion failed
{
}

// the same fact, with what it needs in its own requires
#[verifier::nonlinear]
proof fn context_true(a: int, b: int)
    requires
        a > 0,
        b > 0,
    ensures
        a * b >= 0,
{
}

#[verifier::nonlinear]
proof fn with_body(a: int) -> (r: int)
{ //~ ERROR not supported: `#[verifier::nonlinear]` on `with_body`
    a
}

fn main() {
}

} // verus!
