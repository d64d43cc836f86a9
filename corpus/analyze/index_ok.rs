// Indexing within bounds: a fixed array, and a Vec under a length test.
use vstd::prelude::*;
verus! {
fn pick(i: usize) -> u8 {
    let a: [u8; 4] = [1, 2, 3, 4];
    if i < 4 { a[i] } else { 0 }
}
fn first(v: &Vec<u64>) -> u64 {
    if v.len() > 0 { v[0] } else { 0 }
}
fn sum(v: &Vec<u32>) -> u64 {
    let mut s: u64 = 0;
    let mut i: usize = 0;
    while i < v.len() {
        s = s + (v[i] as u64) % 16;
        if s > 1000 { return s; }
        i = i + 1;
    }
    s
}
} // verus!
