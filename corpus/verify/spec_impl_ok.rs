// vstd's AddSpecImpl / SubSpecImpl: `add_req` becomes the requires of the `Add` impl's `add`
// (callers of `a + b` must establish it) and `obeys_add_spec() ==> ret == add_spec(..)` its
// ensures (the impl body must meet it).
use vstd::prelude::*;

verus! {

pub struct VA(pub u64);

impl vstd::std_specs::ops::AddSpecImpl<u64> for VA {
    open spec fn obeys_add_spec() -> bool { true }
    open spec fn add_req(self, off: u64) -> bool { self.0 + off <= 0xffff_ffff }
    open spec fn add_spec(self, off: u64) -> VA { VA((self.0 + off) as u64) }
}

impl core::ops::Add<u64> for VA {
    type Output = VA;
    fn add(self, off: u64) -> VA {
        VA(self.0 + off)
    }
}

impl vstd::std_specs::ops::SubSpecImpl<u64> for VA {
    open spec fn obeys_sub_spec() -> bool { true }
    open spec fn sub_req(self, off: u64) -> bool { self.0 >= off }
    open spec fn sub_spec(self, off: u64) -> VA { VA((self.0 - off) as u64) }
}

impl core::ops::Sub<u64> for VA {
    type Output = VA;
    fn sub(self, off: u64) -> (r: VA)
        ensures r.0 <= self.0,
    {
        VA(self.0 - off)
    }
}

fn use_ops() {
    let a = VA(0x1000);
    let b = a + 0x20;
    assert(b.0 == 0x1020);
    let c = b - 0x1020;
    assert(c.0 == 0);
}

fn main() {}

} // verus!
