use vstd::prelude::*;

verus! {

// Issue 9 class 16: a spec fn called inside a `by (nonlinear_arith)` requires is not declared in the isolated query.
spec fn fact(n: nat) -> nat
    decreases n,
{
    if n == 0 { 1 } else { n * fact((n - 1) as nat) }
}

proof fn fact_pos_false(n: nat)
    ensures fact(n) > 1, //~ ERROR postcondition not satisfied
    decreases n,
{
    if n > 0 {
        fact_pos_false((n - 1) as nat);
        assert(n * fact((n - 1) as nat) > 0) by (nonlinear_arith)
            requires n > 0, fact((n - 1) as nat) > 1;
    }
}
proof fn fact_pos_true(n: nat)
    ensures fact(n) >= 1,
    decreases n,
{
    if n > 0 {
        fact_pos_true((n - 1) as nat);
        assert(n * fact((n - 1) as nat) >= 1) by (nonlinear_arith)
            requires n > 0, fact((n - 1) as nat) >= 1;
    }
}

fn main() {
}

} // verus!
