use vstd::prelude::*;

verus! {

fn zero_all_false(v: &mut Vec<u8>)
    ensures final(v).len() == old(v).len(), forall|i: int| 0 <= i < final(v).len() ==> final(v)@[i] == 1, //~ ERROR postcondition not satisfied
{
    let mut i: usize = 0;
    while i < v.len()
        invariant i <= v.len(), v.len() == old(v).len(), forall|k: int| 0 <= k < i ==> v@[k] == 0,
        decreases v.len() - i,
    {
        v.set(i, 0);
        i = i + 1;
    }
}
fn zero_all_true(v: &mut Vec<u8>)
    ensures final(v).len() == old(v).len(), forall|i: int| 0 <= i < final(v).len() ==> final(v)@[i] == 0,
{
    let mut i: usize = 0;
    while i < v.len()
        invariant i <= v.len(), v.len() == old(v).len(), forall|k: int| 0 <= k < i ==> v@[k] == 0,
        decreases v.len() - i,
    {
        v.set(i, 0);
        i = i + 1;
    }
}

fn add_loop_false(a: &mut u32, n: u32)
    requires *old(a) == 0, n < 100,
    ensures *final(a) == n + 1, //~ ERROR postcondition not satisfied
{
    let mut i: u32 = 0;
    while i < n
        invariant i <= n, *a == i, n < 100,
        decreases n - i,
    {
        *a = *a + 1;
        i = i + 1;
    }
}
fn add_loop_true(a: &mut u32, n: u32)
    requires *old(a) == 0, n < 100,
    ensures *final(a) == n,
{
    let mut i: u32 = 0;
    while i < n
        invariant i <= n, *a == i, n < 100,
        decreases n - i,
    {
        *a = *a + 1;
        i = i + 1;
    }
}

fn old_in_inv_false(a: &mut u64)
    requires *old(a) < 10,
{
    let mut i: u64 = 0;
    while i < 3
        invariant i <= 3, *a == *old(a) + i, *old(a) < 10,
        decreases 3 - i,
    {
        *a = *a + 1;
        i = i + 1;
    }
    assert(*a == *old(a) + 4); //~ ERROR assertion failed
}
fn old_in_inv_true(a: &mut u64)
    requires *old(a) < 10,
{
    let mut i: u64 = 0;
    while i < 3
        invariant i <= 3, *a == *old(a) + i, *old(a) < 10,
        decreases 3 - i,
    {
        *a = *a + 1;
        i = i + 1;
    }
    assert(*a == *old(a) + 3);
}

fn main() {
}

} // verus!
