// vstd's spec traits on user types: several impls of one generic trait (`SubSpecImpl<PAddr>`
// and `SubSpecImpl<usize>`) each give the operator impl of their argument its spec, and
// `From`/`Into` conversions, also to a primitive (`impl From<PAddr> for usize`), mean `from_spec`.
use vstd::prelude::*;

verus! {

type Inner = usize;

pub struct PAddr(Inner);

impl View for PAddr {
    type V = Inner;
    open spec fn view(&self) -> Inner { self.0 }
}

impl vstd::std_specs::convert::FromSpecImpl<Inner> for PAddr {
    open spec fn obeys_from_spec() -> bool { true }
    open spec fn from_spec(v: Inner) -> Self { PAddr(v) }
}

impl vstd::std_specs::convert::FromSpecImpl<PAddr> for Inner {
    open spec fn obeys_from_spec() -> bool { true }
    open spec fn from_spec(v: PAddr) -> Self { v@ }
}

impl vstd::std_specs::convert::FromSpecImpl<u8> for PAddr {
    open spec fn obeys_from_spec() -> bool { true }
    open spec fn from_spec(v: u8) -> Self { PAddr((v as Inner * 2) as Inner) }
}

impl From<Inner> for PAddr {
    fn from(addr: Inner) -> PAddr { PAddr(addr) }
}

impl From<PAddr> for Inner {
    fn from(a: PAddr) -> Inner { a.0 }
}

impl vstd::std_specs::ops::SubSpecImpl<PAddr> for PAddr {
    open spec fn sub_req(self, rhs: PAddr) -> bool { self@ >= rhs@ }
    open spec fn obeys_sub_spec() -> bool { true }
    open spec fn sub_spec(self, rhs: PAddr) -> Inner { (self@ - rhs@) as Inner }
}

impl vstd::std_specs::ops::SubSpecImpl<Inner> for PAddr {
    open spec fn sub_req(self, rhs: Inner) -> bool { self@ >= rhs + 16 }
    open spec fn obeys_sub_spec() -> bool { true }
    open spec fn sub_spec(self, rhs: Inner) -> PAddr { PAddr::from_spec((self@ - rhs) as Inner) }
}

impl core::ops::Sub<PAddr> for PAddr {
    type Output = Inner;
    fn sub(self, other: PAddr) -> Inner { self.0 - other.0 }
}

impl core::ops::Sub<usize> for PAddr {
    type Output = PAddr;
    fn sub(self, other: usize) -> PAddr { PAddr::from(self.0 - other) }
}

// `a - b` is `Sub<PAddr>`: its result is the distance, not an address
fn sub_addr_false(a: PAddr, b: PAddr) requires a@ >= b@ + 100 {
    let n = a - b;
    assert(n == a@ - b@ - 1); //~ ERROR assertion failed
}
fn sub_addr_true(a: PAddr, b: PAddr) requires a@ >= b@ + 100 {
    let n = a - b;
    assert(n == a@ - b@);
}

// `a - 3` is `Sub<usize>`, whose `sub_req` (`self@ >= rhs + 16`) is not `Sub<PAddr>`'s
fn sub_req_picked_false(a: PAddr) requires a@ >= 3 {
    let c = a - 3usize; //~ ERROR precondition not satisfied
}
fn sub_req_picked_true(a: PAddr) requires a@ >= 19 {
    let c = a - 3usize;
    assert(c@ == a@ - 3);
}

fn sub_req_addr_false(a: PAddr, b: PAddr) {
    let n = a - b; //~ ERROR precondition not satisfied
}
fn sub_req_addr_true(a: PAddr, b: PAddr) requires a@ >= b@ {
    let n = a - b;
}

fn from_false() {
    let d = PAddr::from(7usize);
    assert(d@ == 8); //~ ERROR assertion failed
}
fn from_true() {
    let d = PAddr::from(7usize);
    assert(d@ == 7);
}

fn into_prim_false(d: PAddr) {
    let e: usize = d.into();
    assert(e == d@ + 1); //~ ERROR assertion failed
}
fn into_prim_true(d: PAddr) {
    let e: usize = d.into();
    assert(e == d@);
}

fn from_prim_false(d: PAddr) {
    let f = usize::from(d);
    assert(f != d@); //~ ERROR assertion failed
}
fn from_prim_true(d: PAddr) {
    let f = Inner::from(d);
    assert(f == d@);
}

// `from_spec` is the impl of the argument's type: `FromSpecImpl<u8>` doubles
fn from_spec_picked_false(v: usize, b: u8) {
    assert(PAddr::from_spec(b)@ == b); //~ ERROR assertion failed
}
fn from_spec_picked_true(v: usize, b: u8) {
    assert(PAddr::from_spec(v)@ == v);
    assert(PAddr::from_spec(b)@ == 2 * b);
    assert(usize::from_spec(PAddr::from_spec(v)) == v);
}

// `sub_spec` of each impl, picked by the right operand's type
fn sub_spec_picked_false(a: PAddr, b: PAddr) {
    assert(a.sub_spec(b) == a.sub_spec(3usize)@); //~ ERROR assertion failed
}
fn sub_spec_picked_true(a: PAddr, b: PAddr) requires a@ >= b@, a@ >= 3 {
    assert(a.sub_spec(b) == a@ - b@);
    assert(a.sub_spec(3usize)@ == a@ - 3);
}

fn main() {}

} // verus!
