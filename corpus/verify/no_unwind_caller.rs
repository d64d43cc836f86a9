// A verified fn with `no_unwind [when P]` (coconut-svsm's `check_pfn`): its body is verified
// (nothing in it may unwind, corpus/verify/no_unwind.rs), and callers use its `ensures` as
// usual.
use vstd::prelude::*;

verus! {

pub struct Region {
    pub page_count: usize,
}

impl Region {
    fn check_pfn(&self, pfn: usize)
        ensures
            pfn < self.page_count,
        no_unwind when pfn < self.page_count
    {
        assume(pfn < self.page_count);
    }

    fn read_ok(&self, pfn: usize) {
        self.check_pfn(pfn);
        assert(pfn < self.page_count);
    }

    fn read_wrong(&self, pfn: usize) {
        self.check_pfn(pfn);
        assert(pfn + 1 < self.page_count); //~ ERROR assertion failed
    }
}

#[verifier::external_body]
fn trusted_no_unwind(x: u8) -> (r: u8)
    ensures
        r == x,
    no_unwind
{
    x
}

fn trusted_caller_ok(x: u8) {
    let r = trusted_no_unwind(x);
    assert(r == x);
}

fn trusted_caller_wrong(x: u8) {
    let r = trusted_no_unwind(x);
    assert(r == 0); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
