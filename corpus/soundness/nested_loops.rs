use vstd::prelude::*;

verus! {

fn nested_false(n: u32) -> (r: u32)
    requires n <= 10,
    ensures r == n * n + 1, //~ ERROR postcondition not satisfied
{
    let mut c: u32 = 0;
    let mut i: u32 = 0;
    while i < n
        invariant i <= n, n <= 10, c == i * n,
        decreases n - i,
    {
        let mut j: u32 = 0;
        while j < n
            invariant j <= n, n <= 10, i < n, c == i * n + j,
            decreases n - j,
        {
            c = c + 1;
            j = j + 1;
        }
        i = i + 1;
    }
    c
}
fn nested_true(n: u32) -> (r: u32)
    requires n <= 10,
    ensures r == n * n,
{
    let mut c: u32 = 0;
    let mut i: u32 = 0;
    while i < n
        invariant i <= n, n <= 10, c == i * n,
        decreases n - i,
    {
        let mut j: u32 = 0;
        while j < n
            invariant j <= n, n <= 10, i < n, c == i * n + j,
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

fn vec_fill_false(n: usize) -> (v: Vec<u8>)
    requires n < 100,
    ensures v.len() == n, forall|i: int| 0 <= i < n ==> v@[i] == 1, //~ ERROR postcondition not satisfied
{
    let mut v: Vec<u8> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant i <= n, v.len() == i, forall|k: int| 0 <= k < i ==> v@[k] == 0,
        decreases n - i,
    {
        v.push(0);
        i = i + 1;
    }
    v
}
fn vec_fill_true(n: usize) -> (v: Vec<u8>)
    requires n < 100,
    ensures v.len() == n, forall|i: int| 0 <= i < n ==> v@[i] == 0,
{
    let mut v: Vec<u8> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant i <= n, v.len() == i, forall|k: int| 0 <= k < i ==> v@[k] == 0,
        decreases n - i,
    {
        v.push(0);
        i = i + 1;
    }
    v
}

fn vec_sum_false(v: &Vec<u8>) -> (r: u64)
    requires v.len() < 1000,
    ensures r <= 255 * v.len(), r > 0, //~ ERROR postcondition not satisfied
{
    let mut s: u64 = 0;
    let mut i: usize = 0;
    while i < v.len()
        invariant i <= v.len(), v.len() < 1000, s <= 255 * i,
        decreases v.len() - i,
    {
        s = s + v[i] as u64;
        i = i + 1;
    }
    s
}
fn vec_sum_true(v: &Vec<u8>) -> (r: u64)
    requires v.len() < 1000,
    ensures r <= 255 * v.len(),
{
    let mut s: u64 = 0;
    let mut i: usize = 0;
    while i < v.len()
        invariant i <= v.len(), v.len() < 1000, s <= 255 * i,
        decreases v.len() - i,
    {
        s = s + v[i] as u64;
        i = i + 1;
    }
    s
}

fn main() {
}

} // verus!
