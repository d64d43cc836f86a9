//@ no-verify
// while, loop and for, with invariants, ensures and decreases.
use vstd::prelude::*;

verus! {

fn sum_to(n: u32) -> (s: u64)
    ensures
        s <= n as u64 * n as u64,
{
    let mut s: u64 = 0;
    for i in 0..n
        invariant
            s <= i as u64 * n as u64,
    {
        s = s + i as u64;
    }
    s
}

fn find_zero(v: &Vec<u8>) -> (r: usize)
    requires
        exists|i: int| 0 <= i < v.len() && v[i] == 0,
    ensures
        r < v.len(),
{
    let mut i: usize = 0;
    loop
        invariant
            i < v.len(),
        decreases v.len() - i,
    {
        if v[i] == 0 {
            break;
        }
        i += 1;
    }
    i
}

fn count_down(n: u64) {
    let mut k = n;
    while k > 0
        invariant
            k <= n,
        decreases k,
    {
        k -= 1;
        if k == 5 {
            continue;
        }
    }
}

fn main() {
}

} // verus!
