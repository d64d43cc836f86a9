// Verus's unwinding signature: `no_unwind` / `no_unwind when P`. Without one an exec fn may
// unwind; in a fn with one, each call that may unwind (and each `panic!`) must be shown not
// to when P holds at entry. Callers that are not `no_unwind` are not affected.
use vstd::prelude::*;

verus! {

fn check_index(i: u64, n: u64)
    ensures i < n,
    no_unwind when i < n
{
    if i >= n {
        panic!("out of range: {}", i); //~ ERROR precondition not satisfied
    }
}

fn check_wrong_condition(i: u64, n: u64)
    no_unwind when i <= n
{
    if i >= n {
        // (the failed precondition is assumed after it, as Verus does: the unwinding check is
        // shown with vstd's allow_panic on, corpus/workspace/panics)
        panic!("out of range: {}", i); //~ ERROR precondition not satisfied
    }
}

fn never_unwinds(i: u64, n: u64)
    requires i < n,
    no_unwind
{
    check_index(i, n);
}

fn calls_without_condition(i: u64, n: u64)
    no_unwind
{
    check_index(i, n); //~ ERROR cannot show this call will not unwind
}

fn may_unwind(x: u64) -> u64 {
    x
}

fn calls_may_unwind(x: u64) -> (r: u64)
    no_unwind when x > 5
{
    may_unwind(x) //~ ERROR cannot show this call will not unwind
}

fn calls_may_unwind_unreachable(x: u64) -> (r: u64)
    no_unwind when x > 5
{
    if x <= 5 { may_unwind(x) } else { x }
}

// not `no_unwind`: nothing to show about its calls
fn plain_caller(i: u64, n: u64) {
    check_index(i, n);
    assert(i < n);
}

fn vstd_call_in_no_unwind(v: &mut Vec<u64>)
    no_unwind
{
    v.push(1); //~ ERROR not supported: a call of `push` in a `no_unwind` fn
}

} // verus!
