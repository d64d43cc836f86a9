use vstd::prelude::*;

verus! {

fn count_false(n: u32) -> (r: u32)
    ensures r == n + 1, //~ ERROR postcondition not satisfied
{
    let mut i: u32 = 0;
    while i < n
        invariant i <= n,
        decreases n - i,
    {
        i = i + 1;
    }
    i
}
fn count_true(n: u32) -> (r: u32)
    ensures r == n,
{
    let mut i: u32 = 0;
    while i < n
        invariant i <= n,
        decreases n - i,
    {
        i = i + 1;
    }
    i
}

fn inv_entry_false(n: u32) {
    let mut i: u32 = 1;
    while i < n
        invariant i >= 2, //~ ERROR invariant not satisfied before loop
        decreases n - i,
    {
        i = i + 1;
    }
}
fn inv_entry_true(n: u32) {
    let mut i: u32 = 1;
    while i < n
        invariant i >= 1,
        decreases n - i,
    {
        i = i + 1;
    }
}

fn inv_end_false(n: u32) {
    let mut i: u32 = 0;
    while i < n
        invariant i <= n, i % 2 == 0, //~ ERROR invariant not satisfied at end of loop body
        decreases n - i,
    {
        i = i + 1;
    }
}
fn inv_end_true(n: u32)
    requires n < 1000,
{
    let mut i: u32 = 0;
    let mut j: u32 = 0;
    while i < n
        invariant i <= n, n < 1000, j == 2 * i,
        decreases n - i,
    {
        i = i + 1;
        j = j + 2;
    }
}

fn isolation_false(n: u32, k: u32) {
    let mut i: u32 = 0;
    let c: u32 = 5;
    while i < n
        invariant i <= n,
        decreases n - i,
    {
        i = i + 1;
    }
    assert(i == n);
    assert(k == 5); //~ ERROR assertion failed
}
fn isolation_true(n: u32) {
    let mut i: u32 = 0;
    let c: u32 = 5;
    while i < n
        invariant i <= n, c == 5,
        decreases n - i,
    {
        i = i + 1;
    }
    assert(c == 5);
}

fn decreases_false(n: u32) {
    let mut i: u32 = 0;
    while i < n //~ ERROR decreases not satisfied at end of loop
        invariant i <= n,
        decreases i,
    {
        i = i + 1;
    }
}
fn decreases_true(n: u32) {
    let mut i: u32 = n;
    while i > 0
        decreases i,
    {
        i = i - 1;
    }
}

fn sum_false(n: u64) -> (r: u64)
    requires n <= 1000,
    ensures r == n * 3, //~ ERROR postcondition not satisfied
{
    let mut s: u64 = 0;
    let mut i: u64 = 0;
    while i < n
        invariant i <= n, n <= 1000, s == 2 * i,
        decreases n - i,
    {
        s = s + 2;
        i = i + 1;
    }
    s
}
fn sum_true(n: u64) -> (r: u64)
    requires n <= 1000,
    ensures r == n * 2,
{
    let mut s: u64 = 0;
    let mut i: u64 = 0;
    while i < n
        invariant i <= n, n <= 1000, s == 2 * i,
        decreases n - i,
    {
        s = s + 2;
        i = i + 1;
    }
    s
}

fn main() {
}

} // verus!
