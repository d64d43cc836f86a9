use vstd::prelude::*;
use vstd::std_specs::cmp::PartialOrdSpec;
use core::cmp::Ordering;

verus! {

// A type with a derived `PartialOrd` and vstd's `PartialOrdSpecImpl`: exec `a < b` means
// `partial_cmp_spec(a, b) == Some(Less)` (vstd's spec of `lt`), and so on.

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Addr(usize);

impl Addr {
    pub open spec fn val(&self) -> usize {
        self.0
    }
}

impl vstd::std_specs::cmp::PartialOrdSpecImpl<Addr> for Addr {
    open spec fn obeys_partial_cmp_spec() -> bool {
        true
    }

    open spec fn partial_cmp_spec(&self, other: &Addr) -> Option<Ordering> {
        PartialOrdSpec::partial_cmp_spec(&self.0, &other.0)
    }
}

// an order the spec reverses: `<` follows the spec, not the fields
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rev(u64);

impl vstd::std_specs::cmp::PartialOrdSpecImpl for Rev {
    open spec fn obeys_partial_cmp_spec() -> bool {
        true
    }

    open spec fn partial_cmp_spec(&self, other: &Rev) -> Option<Ordering> {
        PartialOrdSpec::partial_cmp_spec(&other.0, &self.0)
    }
}

// an impl that does not claim to obey its spec: `<` says nothing
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Loose(u8);

impl vstd::std_specs::cmp::PartialOrdSpecImpl for Loose {
    open spec fn obeys_partial_cmp_spec() -> bool {
        false
    }

    open spec fn partial_cmp_spec(&self, other: &Loose) -> Option<Ordering> {
        PartialOrdSpec::partial_cmp_spec(&self.0, &other.0)
    }
}

fn loose_false(a: Loose, b: Loose) {
    if a < b {
        assert(a.0 < b.0); //~ ERROR assertion failed
    }
}
fn loose_true(a: Loose, b: Loose) {
    let c = a < b;
    assert(c || !c);
}

fn lt_false(a: Addr, b: Addr) {
    if a < b {
        assert(a.val() > b.val()); //~ ERROR assertion failed
    }
}
fn lt_true(a: Addr, b: Addr) {
    if a < b {
        assert(a.val() < b.val());
    } else {
        assert(a.val() >= b.val());
    }
}

fn le_false(a: Addr, b: Addr) {
    if a <= b {
        assert(a.val() < b.val()); //~ ERROR assertion failed
    }
}
fn le_true(a: Addr, b: Addr) {
    if a <= b {
        assert(a.val() <= b.val());
    }
    if a >= b {
        assert(a.val() >= b.val());
    }
}

fn gt_false(a: Addr, b: Addr) -> (r: bool)
    ensures r == (a.val() >= b.val()), //~ ERROR postcondition not satisfied
{
    a > b
}
fn gt_true(a: Addr, b: Addr) -> (r: bool)
    ensures r == (a.val() > b.val()),
{
    a > b
}

fn rev_false(a: Rev, b: Rev) {
    if a < b {
        assert(a.0 < b.0); //~ ERROR assertion failed
    }
}
fn rev_true(a: Rev, b: Rev) {
    if a < b {
        assert(a.0 > b.0);
    }
}

proof fn int_spec_false(x: u64, y: u64) {
    assert(x < y ==> PartialOrdSpec::partial_cmp_spec(&x, &y) == Some(Ordering::Equal)); //~ ERROR assertion failed
}
proof fn int_spec_true(x: u64, y: u64) {
    assert(x < y ==> PartialOrdSpec::partial_cmp_spec(&x, &y) == Some(Ordering::Less));
    assert(PartialOrdSpec::partial_cmp_spec(&x, &x) == Some(Ordering::Equal));
}

fn main() {
}

} // verus!
