// Loops of corpus/verify and corpus/soundness with their interval invariants deleted: each
// `_inferred` fn verifies only with the invariants the value analysis infers (each proved
// inductive before it is used); without inference (`--no-infer`) each fails. `_false` fns
// make claims that no invariant can rescue: they fail either way.
use vstd::prelude::*;

verus! {

// crate_allows_no_decreases_ok.rs, `invariant i <= n` deleted
#[verifier::exec_allows_no_decreases_clause]
fn count_inferred(n: u32) -> (r: u32)
    ensures r == n,
{
    let mut i: u32 = 0;
    while i < n
    { i = i + 1; }
    i
}

// inv_break_ok.rs, `invariant i <= n` deleted
fn loop_break_inferred(n: u32) -> (r: u32)
    ensures r <= n,
{
    let mut i: u32 = 0;
    loop
        decreases n - i,
    {
        if i == n {
            break;
        }
        i = i + 1;
    }
    i
}

// loop_continue_ok.rs, `invariant i <= n, c <= i` deleted
fn loop_continue_inferred(n: u32) -> (r: u32)
    ensures r <= n,
{
    let mut i: u32 = 0;
    let mut c: u32 = 0;
    while i < n
        decreases n - i,
    {
        i = i + 1;
        if i % 2 == 0 { continue; }
        c = c + 1;
    }
    c
}

// loop_ensures_ok.rs, `invariant i <= 10` deleted
fn loop_ensures_inferred() -> (r: u32)
    ensures r == 10,
{
    let mut i: u32 = 0;
    loop
        ensures i == 10,
        decreases 10 - i,
    {
        if i == 10 { break; }
        i = i + 1;
    }
    i
}

// inv_except_break_ok.rs, `invariant_except_break i <= 7` deleted
fn except_break_inferred() -> (r: u32)
    ensures r == 7,
{
    let mut i: u32 = 0;
    loop
        ensures i == 7,
        decreases 7 - i,
    {
        if i == 7 { break; }
        i = i + 1;
    }
    i
}

// soundness/loops.rs count_true, `invariant i <= n` deleted
fn count_to_n_inferred(n: u32) -> (r: u32)
    ensures r == n,
{
    let mut i: u32 = 0;
    while i < n
        decreases n - i,
    {
        i = i + 1;
    }
    i
}

// soundness/loops.rs inv_end_true, `i <= n, n < 1000` deleted (`j == 2 * i` kept: no interval)
fn double_step_inferred(n: u32)
    requires n < 1000,
{
    let mut i: u32 = 0;
    let mut j: u32 = 0;
    while i < n
        invariant j == 2 * i,
        decreases n - i,
    {
        i = i + 1;
        j = j + 2;
    }
}

// soundness/loops.rs sum_true, `i <= n, n <= 1000` deleted
fn sum_inferred(n: u64) -> (r: u64)
    requires n <= 1000,
    ensures r == n * 2,
{
    let mut s: u64 = 0;
    let mut i: u64 = 0;
    while i < n
        invariant s == 2 * i,
        decreases n - i,
    {
        s = s + 2;
        i = i + 1;
    }
    s
}

// soundness/loops.rs isolation_true, `i <= n, c == 5` deleted
fn isolation_inferred(n: u32) {
    let mut i: u32 = 0;
    let c: u32 = 5;
    while i < n
        decreases n - i,
    {
        i = i + 1;
    }
    assert(i == n);
    assert(c == 5);
}

// the interval is not enough: `s == 2 * i` is needed and not an interval
fn sum_false(n: u64) -> (r: u64)
    requires n <= 1000,
    ensures r == n * 2, //~ ERROR postcondition not satisfied
{
    let mut s: u64 = 0;
    let mut i: u64 = 0;
    while i < n
        decreases n - i,
    {
        s = s + 2; //~ ERROR possible arithmetic underflow/overflow
        i = i + 1;
    }
    s
}

// a false assertion after a loop: i ends at n, not n + 1
fn after_loop_false(n: u32) {
    let mut i: u32 = 0;
    while i < n
        decreases n - i,
    {
        i = i + 1;
    }
    assert(i == n + 1); //~ ERROR assertion failed
}

// an interval the analysis finds that is not inductive as it stands is dropped, not assumed
fn off_by_one_false(n: u32) -> (r: u32)
    requires n < 100,
    ensures r == n + 1, //~ ERROR postcondition not satisfied
{
    let mut i: u32 = 0;
    while i < n
        decreases n - i,
    {
        i = i + 1;
    }
    i
}

fn main() {
}

} // verus!
