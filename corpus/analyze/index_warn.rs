// Indexing that may be out of bounds.
use vstd::prelude::*;
verus! {
fn pick(i: usize) -> u8 {
    let a: [u8; 4] = [1, 2, 3, 4];
    if i <= 4 { a[i] } else { 0 } //~ WARN index: `a[i]` may be out of bounds: i in [0, 4], length in [4, 4]
}
fn first(v: &Vec<u64>) -> u64 {
    v[0] //~ WARN index
}
} // verus!
