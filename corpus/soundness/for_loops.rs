use vstd::prelude::*;

verus! {

fn for_sum_false(n: u32) -> (r: u32)
    requires n < 1000,
    ensures r == n + 1, //~ ERROR postcondition not satisfied
{
    let mut s: u32 = 0;
    for i in 0..n
        invariant s == i, n < 1000,
    {
        s = s + 1;
    }
    s
}
fn for_sum_true(n: u32) -> (r: u32)
    requires n < 1000,
    ensures r == n,
{
    let mut s: u32 = 0;
    for i in 0..n
        invariant s == i, n < 1000,
    {
        s = s + 1;
    }
    s
}

fn for_range_false(a: u8, b: u8) {
    for i in a..b
        invariant true,
    {
        assert(i < a); //~ ERROR assertion failed
    }
}
fn for_range_true(a: u8, b: u8) {
    for i in a..b
        invariant true,
    {
        assert(a <= i < b);
    }
}

fn for_overflow_false(n: u8) {
    let mut s: u8 = 0;
    for i in 0..n
        invariant true,
    {
        s = s + 1; //~ ERROR possible arithmetic underflow/overflow
    }
}
fn for_overflow_true(n: u8) {
    let mut s: u8 = 0;
    for i in 0..n
        invariant s == i,
    {
        s = s + 1;
    }
}

fn for_vec_false(v: &Vec<u64>) {
    for i in 0..v.len() + 1 //~ ERROR possible arithmetic underflow/overflow
        invariant true,
    {
    }
}
fn for_vec_true(v: &Vec<u64>) -> (r: u64)
    ensures true,
{
    let mut m: u64 = 0;
    for i in 0..v.len()
        invariant true,
    {
        if v[i] > m {
            m = v[i];
        }
    }
    m
}

fn for_incl_false(n: u8) -> (r: u8)
    requires n < 10,
    ensures r == n, //~ ERROR postcondition not satisfied
{
    let mut c: u8 = 0;
    for i in 0..=n
        invariant c == i, n < 10,
    {
        c = c + 1;
    }
    c
}
fn for_incl_true(n: u8) -> (r: u8)
    requires n < 10,
    ensures r == n + 1,
{
    let mut c: u8 = 0;
    for i in 0..=n
        invariant c == i, n < 10,
    {
        c = c + 1;
    }
    c
}

fn main() {
}

} // verus!
