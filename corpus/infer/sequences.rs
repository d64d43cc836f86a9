// Loops over vectors and nested loops of corpus/verify and corpus/soundness with their
// interval invariants (bounds, `i <= v.len()`, `i < n`) deleted; see counters.rs.
use vstd::prelude::*;

verus! {

// while_break_value_ok.rs, `invariant i <= v.len()` deleted
fn find_break_inferred(v: &Vec<u32>, x: u32) -> (r: usize)
    ensures r <= v.len(),
{
    let mut i: usize = 0;
    while i < v.len()
        decreases v.len() - i,
    {
        if v[i] == x {
            break;
        }
        i = i + 1;
    }
    i
}

// soundness/mut_loops.rs add_loop_true, `i <= n, n < 100` deleted
fn add_loop_inferred(a: &mut u32, n: u32)
    requires *old(a) == 0, n < 100,
    ensures *final(a) == n,
{
    let mut i: u32 = 0;
    while i < n
        invariant *a == i,
        decreases n - i,
    {
        *a = *a + 1;
        i = i + 1;
    }
}

// soundness/nested_loops.rs vec_fill_true, `i <= n` deleted
fn vec_fill_inferred(n: usize) -> (v: Vec<u8>)
    requires n < 100,
    ensures v.len() == n, forall|i: int| 0 <= i < n ==> v@[i] == 0,
{
    let mut v: Vec<u8> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant v.len() == i, forall|k: int| 0 <= k < i ==> v@[k] == 0,
        decreases n - i,
    {
        v.push(0);
        i = i + 1;
    }
    v
}

// soundness/nested_loops.rs vec_sum_true, `i <= v.len(), v.len() < 1000` deleted
fn vec_sum_inferred(v: &Vec<u8>) -> (r: u64)
    requires v.len() < 1000,
    ensures r <= 255 * v.len(),
{
    let mut s: u64 = 0;
    let mut i: usize = 0;
    while i < v.len()
        invariant s <= 255 * i,
        decreases v.len() - i,
    {
        s = s + v[i] as u64;
        i = i + 1;
    }
    s
}

// soundness/for_loops.rs for_incl_true, `n < 10` deleted
fn for_incl_inferred(n: u8) -> (r: u8)
    requires n < 10,
    ensures r == n + 1,
{
    let mut c: u8 = 0;
    for i in 0..=n
        invariant c == i,
    {
        c = c + 1;
    }
    c
}

// labeled_break_ok.rs, `invariant i <= n` and `invariant j <= 3, i < n` deleted (two loops)
#[verifier::exec_allows_no_decreases_clause]
fn labeled_inferred(n: u32) -> (r: u32)
    ensures r <= n,
{
    let mut i: u32 = 0;
    'outer: while i < n
    {
        let mut j: u32 = 0;
        while j < 3
        {
            if j == 2 { break 'outer; }
            j = j + 1;
        }
        i = i + 1;
    }
    i
}

// nested_loop_ok.rs, `i <= n, n <= 100` and `j <= n, n <= 100, i < n` deleted (two loops)
fn nested_inferred(n: u32) -> (r: u64)
    requires n <= 100,
{
    let mut total: u64 = 0;
    let mut i: u32 = 0;
    while i < n
        invariant total <= i as u64 * 100,
        decreases n - i,
    {
        let mut j: u32 = 0;
        while j < n
            invariant total <= i as u64 * 100 + j as u64,
            decreases n - j,
        {
            total = total + 1;
            j = j + 1;
        }
        i = i + 1;
    }
    total
}

// soundness/nested_loops.rs nested_true, `i <= n, n <= 10` and `j <= n, n <= 10, i < n` deleted (two loops)
fn nested_square_inferred(n: u32) -> (r: u32)
    requires n <= 10,
    ensures r == n * n,
{
    let mut c: u32 = 0;
    let mut i: u32 = 0;
    while i < n
        invariant c == i * n,
        decreases n - i,
    {
        let mut j: u32 = 0;
        while j < n
            invariant c == i * n + j,
            decreases n - j,
        {
            c = c + 1;
            j = j + 1;
        }
        assert(c == i * n + n);
        assert(c == (i + 1) * n) by (nonlinear_arith)
            requires c == i * n + n;
        i = i + 1;
    }
    c
}

// the interval is not enough: the elements read are not bounded by any interval of the loop
fn vec_sum_false(v: &Vec<u8>) -> (r: u64)
    requires v.len() < 1000,
    ensures r <= 254 * v.len(), //~ ERROR postcondition not satisfied
{
    let mut s: u64 = 0;
    let mut i: usize = 0;
    while i < v.len()
        invariant s <= 255 * i,
        decreases v.len() - i,
    {
        s = s + v[i] as u64;
        i = i + 1;
    }
    s
}

// a false assertion after a loop over a vector: i ends at the length, not below it
fn find_all_false(v: &Vec<u32>) {
    let mut i: usize = 0;
    while i < v.len()
        decreases v.len() - i,
    {
        i = i + 1;
    }
    assert(i < v.len()); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
