// A callee whose ensures allows 16: indexing a 16-element array with it may fail.
use vstd::prelude::*;
verus! {
fn slot(k: u64) -> (r: usize)
    ensures r <= 16,
{
    (k % 16) as usize
}
fn read(t: &[u32; 16], k: u64) -> u32 {
    t[slot(k)] //~ WARN index
}
} // verus!
