use vstd::prelude::*;

verus! {

fn find_false(v: &Vec<u8>, x: u8) -> (r: usize)
    ensures r <= v.len(), r < v.len() ==> v@[r as int] == x,
            r == v.len() ==> v@.contains(x), //~ ERROR postcondition not satisfied
{
    let mut i: usize = 0;
    while i < v.len()
        invariant i <= v.len(), forall|j: int| 0 <= j < i ==> v@[j] != x,
        decreases v.len() - i,
    {
        if v[i] == x {
            break;
        }
        i = i + 1;
    }
    i
}
fn find_true(v: &Vec<u8>, x: u8) -> (r: usize)
    ensures r <= v.len(), r < v.len() ==> v@[r as int] == x,
            forall|j: int| 0 <= j < r ==> v@[j] != x,
{
    let mut i: usize = 0;
    while i < v.len()
        invariant i <= v.len(), forall|j: int| 0 <= j < i ==> v@[j] != x,
        decreases v.len() - i,
    {
        if v[i] == x {
            break;
        }
        i = i + 1;
    }
    i
}

fn loop_break_false(n: u32) -> (r: u32)
    requires n > 0,
    ensures r == n + 1, //~ ERROR postcondition not satisfied
{
    let mut i: u32 = 0;
    loop
        invariant i <= n,
        decreases n - i,
    {
        if i == n {
            break;
        }
        i = i + 1;
    }
    i
}
fn loop_break_true(n: u32) -> (r: u32)
    requires n > 0,
    ensures r == n,
{
    let mut i: u32 = 0;
    loop
        invariant i <= n,
        decreases n - i,
    {
        if i == n {
            break;
        }
        i = i + 1;
    }
    i
}

fn continue_false(n: u32) -> (r: u32)
    requires n <= 100,
    ensures r <= n / 2, //~ ERROR postcondition not satisfied
{
    let mut i: u32 = 0;
    let mut c: u32 = 0;
    while i < n
        invariant i <= n, n <= 100, c <= i,
        decreases n - i,
    {
        i = i + 1;
        if i % 2 == 0 {
            continue;
        }
        c = c + 1;
    }
    c
}
fn continue_true(n: u32) -> (r: u32)
    requires n <= 100,
    ensures r <= n,
{
    let mut i: u32 = 0;
    let mut c: u32 = 0;
    while i < n
        invariant i <= n, n <= 100, c <= i,
        decreases n - i,
    {
        i = i + 1;
        if i % 2 == 0 {
            continue;
        }
        c = c + 1;
    }
    c
}

// (r is always 0 here, which inferred invariants prove: the false claim is r == 1)
fn labeled_false(n: u32) -> (r: u32)
    ensures r == 1, //~ ERROR postcondition not satisfied
{
    let mut i: u32 = 0;
    'outer: while i < n
        invariant i <= n,
        decreases n - i,
    {
        let mut j: u32 = 0;
        while j < 3
            invariant j <= 3, i < n, i <= n,
            decreases 3 - j,
        {
            if j == 1 {
                break 'outer;
            }
            j = j + 1;
        }
        i = i + 1;
    }
    i
}
fn labeled_true(n: u32) -> (r: u32)
    ensures r <= n,
{
    let mut i: u32 = 0;
    'outer: while i < n
        invariant i <= n,
        decreases n - i,
    {
        let mut j: u32 = 0;
        while j < 3
            invariant j <= 3, i < n, i <= n,
            decreases 3 - j,
        {
            if j == 1 {
                break 'outer;
            }
            j = j + 1;
        }
        i = i + 1;
    }
    i
}

fn break_inv_false() -> (r: u32) {
    let mut i: u32 = 0;
    loop
        invariant i <= 9,
        decreases 10 - i,
    {
        i = i + 1;
        if i == 10 {
            break; //~ ERROR loop invariant not satisfied
        }
    }
    i
}
fn break_inv_true() -> (r: u32)
    ensures r == 9,
{
    let mut i: u32 = 0;
    loop
        invariant i <= 9,
        decreases 10 - i,
    {
        if i == 9 {
            break;
        }
        i = i + 1;
    }
    i
}

fn main() {
}

} // verus!
