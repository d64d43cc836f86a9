//@ state-level 1
// State split at a call: with one state, `find`'s two returns merge and `idx` loses `ok`.
use vstd::prelude::*;
verus! {
fn find(v: u64) -> (bool, usize) {
    if v < 8 { (true, v as usize) } else { (false, 100) }
}
fn lookup(v: u64) -> u8 {
    let a: [u8; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
    let (ok, idx) = find(v);
    if ok { a[idx] } else { 0 } //~ WARN index: `a[idx]` may be out of bounds
}
} // verus!
