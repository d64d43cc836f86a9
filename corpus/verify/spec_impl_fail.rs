// Fail twin of spec_impl_ok.rs: callers must establish `add_req`; the impl must meet `add_spec`.
use vstd::prelude::*;

verus! {

pub struct VA(pub u64);

impl vstd::std_specs::ops::AddSpecImpl<u64> for VA {
    open spec fn obeys_add_spec() -> bool { true }
    open spec fn add_req(self, off: u64) -> bool { self.0 + off <= 0xffff_ffff }
    open spec fn add_spec(self, off: u64) -> VA { VA((self.0 + off) as u64) } //~ ERROR postcondition not satisfied
}

impl core::ops::Add<u64> for VA {
    type Output = VA;
    fn add(self, off: u64) -> VA {
        VA(self.0 + off + 1) //~ NOTE at the end of the function body
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
        VA(self.0 - off + 0) // fine
    }
}

fn needs_req(a: VA) {
    let b = a + 0x20; //~ ERROR precondition not satisfied
}

fn sub_req_fail() {
    let a = VA(0x10);
    let c = a - 0x20; //~ ERROR precondition not satisfied
}

fn use_ops() {
    let a = VA(0x1000);
    let b = a + 0x20;
    assert(b.0 == 0x1020);
    let c = b - 0x1020;
    assert(c.0 == 1); //~ ERROR assertion failed
}

fn main() {}

} // verus!
