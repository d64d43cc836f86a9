// A shift amount that may reach the width.
use vstd::prelude::*;
verus! {
fn bit(k: u32) -> u64 {
    if k <= 64 {
        1u64 << k //~ WARN shift: `1u64 << k` may shift out of range: k in [0, 64]
    } else {
        0
    }
}
} // verus!
