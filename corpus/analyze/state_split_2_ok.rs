//@ state-level 2
// The same call with two states: each return of `find` is a state of its own, `ok` keeps `idx` < 8.
use vstd::prelude::*;
verus! {
fn find(v: u64) -> (bool, usize) {
    if v < 8 { (true, v as usize) } else { (false, 100) }
}
fn lookup(v: u64) -> u8 {
    let a: [u8; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
    let (ok, idx) = find(v);
    if ok { a[idx] } else { 0 }
}
} // verus!
