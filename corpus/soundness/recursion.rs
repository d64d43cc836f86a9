use vstd::prelude::*;

verus! {

spec fn sum_to(n: nat) -> nat
    decreases n,
{
    if n == 0 { 0 } else { n + sum_to((n - 1) as nat) }
}

proof fn sum_mono_false(n: nat)
    ensures sum_to(n) > n, //~ ERROR postcondition not satisfied
    decreases n,
{
    if n > 0 {
        sum_mono_false((n - 1) as nat);
    }
}
proof fn sum_mono_true(n: nat)
    ensures sum_to(n) >= n,
    decreases n,
{
    if n > 0 {
        sum_mono_true((n - 1) as nat);
    }
}

proof fn term_false(n: int)
    ensures true,
    decreases n,
{
    if n > 0 {
        term_false(n + 1); //~ ERROR could not prove termination
    }
}
proof fn term_true(n: int)
    ensures true,
    decreases n,
{
    if n > 0 {
        term_true(n - 1);
    }
}

fn exec_rec_false(n: u32) -> (r: u32)
    ensures r == 1, //~ ERROR postcondition not satisfied
    decreases n,
{
    if n == 0 { 0 } else { exec_rec_false(n - 1) }
}
fn exec_rec_true(n: u32) -> (r: u32)
    ensures r == 0,
    decreases n,
{
    if n == 0 { 0 } else { exec_rec_true(n - 1) }
}

spec fn fib(n: nat) -> nat
    decreases n,
{
    if n < 2 { n } else { fib((n - 1) as nat) + fib((n - 2) as nat) }
}

proof fn fib_val_false()
    ensures fib(3) == 3, //~ ERROR postcondition not satisfied
{
    assert(fib(0) == 0);
    assert(fib(1) == 1);
    assert(fib(2) == 1);
}
proof fn fib_val_true()
    ensures fib(2) == 1,
{
    assert(fib(0) == 0);
    assert(fib(1) == 1);
}

fn main() {
}

} // verus!
