use vstd::prelude::*;

verus! {

// An exec `arr[k]` is the spec term `arr@[k]`: a quantifier triggered on `arr@[i]` applies to it.
spec fn good(x: u64) -> bool;

struct Table { data: [u64; 8] }

fn from_vec(arr: &Vec<u64>, k: usize)
    requires k < arr.len(), forall|i: int| 0 <= i < arr.len() ==> good(#[trigger] arr@[i]),
{
    let x = arr[k];
    assert(good(x));
}

fn from_array(arr: [u64; 4], k: usize)
    requires k < 4, forall|i: int| 0 <= i < 4 ==> good(#[trigger] arr@[i]),
{
    let x = arr[k];
    assert(good(x));
}

fn from_slice(arr: &[u64], k: usize)
    requires k < arr@.len(), forall|i: int| 0 <= i < arr@.len() ==> good(#[trigger] arr@[i]),
{
    assert(good(arr[k]));
}

fn from_field(t: &Table, k: usize)
    requires k < 8, forall|i: int| 0 <= i < 8 ==> good(#[trigger] t.data@[i]),
{
    let x = t.data[k];
    assert(good(x));
}

fn in_loop(arr: &Vec<u64>)
    requires forall|i: int| 0 <= i < arr.len() ==> good(#[trigger] arr@[i]),
{
    let mut k = 0;
    while k < arr.len()
        invariant forall|i: int| 0 <= i < arr.len() ==> good(#[trigger] arr@[i]),
        decreases arr.len() - k,
    {
        if arr[k] > 3 {
            assert(good(arr[k]));
        }
        k += 1;
    }
}

fn main() {
}

} // verus!
