// Widening then narrowing: `i` stays below `n`, so `i += 1` fits in u8.
use vstd::prelude::*;
verus! {
fn count(n: u8) -> u8 {
    let mut i: u8 = 0;
    while i < n {
        i += 1;
    }
    i
}
} // verus!
