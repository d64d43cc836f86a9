//@ no-verify
// Constants, including ones computed from others, used in exec and spec code.
use vstd::prelude::*;

verus! {

pub const PAGE_SIZE: u64 = 4096;
pub const PAGE_SHIFT: u64 = 12;
pub const MAX_PAGES: u64 = u64::MAX / PAGE_SIZE;
pub spec const SPEC_LIMIT: int = 1000;

fn page_of(addr: u64) -> (p: u64)
    ensures
        p == addr / PAGE_SIZE,
{
    addr / PAGE_SIZE
}

spec fn within(x: int) -> bool {
    x < SPEC_LIMIT && x <= MAX_PAGES
}

fn shift_ok(a: u64) -> u64 {
    a >> PAGE_SHIFT
}

fn main() {
}

} // verus!
