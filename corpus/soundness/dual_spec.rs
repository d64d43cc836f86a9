// `#[verus_verify(dual_spec(name))]`: the exec fn gets a spec twin `name` with its body
// (proof blocks erased), which spec and proof code call for it (`when_used_as_spec`);
// the exec fn's own `returns` is still verified against its body.
use vstd::prelude::*;

#[verus_verify]
#[derive(Clone, Copy)]
struct Code(u64);

#[verus_verify]
impl Code {
    #[verus_verify(dual_spec(spec_new))]
    #[verus_spec(returns Self::spec_new(t))]
    const fn new(t: u64) -> Self {
        Self(if t < 16 { t } else { 15 })
    }

    #[verus_verify(dual_spec(spec_with))]
    #[verus_spec(returns self.spec_with(x))]
    fn with(self, x: u64) -> Self {
        proof! { assert(x == x); }
        Self(if x < self.0 { x } else { self.0 })
    }

    #[verus_verify(dual_spec(spec_low))]
    #[verus_spec(r => ensures r < 16)]
    fn returns_false(self) -> u64 {
        self.0 //~^^ ERROR postcondition not satisfied
    }

    #[verus_verify(dual_spec(spec_low2))]
    #[verus_spec(r => ensures r == self.spec_low2())]
    fn returns_true(self) -> u64 {
        self.0
    }
}

#[verus_verify(dual_spec)]
#[verus_spec(r => ensures r <= 9)]
fn clamp(x: u8) -> u8 {
    if x < 10 { x } else { 0 }
}

verus! {

proof fn spec_new_false() {
    assert(Code::spec_new(0x13).0 == 0x13); //~ ERROR assertion failed
}
proof fn spec_new_true() {
    assert(Code::spec_new(0x13).0 == 15);
    // the exec fn in spec code is its twin
    assert(Code::new(5) == Code::spec_new(5));
}

fn exec_false() {
    let c = Code::new(3).with(2);
    assert(c.0 == 3); //~ ERROR assertion failed
}
fn exec_true() {
    let c = Code::new(3).with(2);
    assert(c == Code::spec_new(3).spec_with(2));
    assert(c.0 == 2);
}

proof fn free_false() {
    assert(clamp(4) == 3); //~ ERROR assertion failed
}
proof fn free_true() {
    assert(clamp(4) == 4);
    // the default name of the twin
    assert(__VERUS_SPEC_clamp(11) == 0);
}

fn main() {}

} // verus!
