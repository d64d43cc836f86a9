//@ no-verify
// Constants, spec constants, u64::MAX and friends.
use vstd::prelude::*;

verus! {

pub const PAGE_SIZE: u64 = 4096;

spec const LIMIT: int = 100;

const MASK: u64 = PAGE_SIZE - 1;

fn aligned(x: u64) -> bool {
    x & MASK == 0
}

spec fn bounds() -> bool {
    u64::MAX > 0 && i32::MIN < 0 && usize::MAX == u64::MAX
}

fn main() {
}

} // verus!
