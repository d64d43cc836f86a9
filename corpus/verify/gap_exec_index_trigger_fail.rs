use vstd::prelude::*;

verus! {

spec fn good(x: u64) -> bool;

// the quantifier covers the first half only: the element at k may be outside it
fn half(arr: &Vec<u64>, k: usize)
    requires k < arr.len(), forall|i: int| 0 <= i < arr.len() / 2 ==> good(#[trigger] arr@[i]),
{
    let x = arr[k];
    assert(good(x)); //~ ERROR assertion failed
}

fn other_index(arr: [u64; 4], k: usize)
    requires k < 3, forall|i: int| 0 <= i < 4 && i != 3 ==> good(#[trigger] arr@[i]),
{
    let x = arr[k + 1];
    assert(good(x)); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
