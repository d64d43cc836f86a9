// A callee's ensures bounds its result: indexing with it is safe.
use vstd::prelude::*;
verus! {
fn slot(k: u64) -> (r: usize)
    ensures r < 16,
{
    (k % 16) as usize
}
fn read(t: &[u32; 16], k: u64) -> u32 {
    t[slot(k)]
}
} // verus!
