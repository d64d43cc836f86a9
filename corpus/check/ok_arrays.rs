//@ no-verify
// Fixed-size arrays and slices.
use vstd::prelude::*;

verus! {

const N: usize = 4;

fn first(a: &[u32; 4]) -> u32 {
    a[0]
}

fn zeros() -> [u8; N] {
    [0; 4]
}

fn slice_len(s: &[u64]) -> (r: bool)
    ensures
        r == (s@.len() > 0),
{
    s.len() > 0
}

fn main() {
}

} // verus!
