// `e as u64` of an enum whose variants are all units: its variant's discriminant (explicit,
// or one more than the previous), converted to the target as an `isize` constant is.
use vstd::prelude::*;

verus! {

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Free = 0,
    Used = 1,
    Big = 300,
    Next,
}

pub enum Neg {
    Low = -1,
    Zero,
}

proof fn explicit_false() {
    assert(Kind::Used as u64 == 0); //~ ERROR assertion failed
}
proof fn explicit_true() {
    assert(Kind::Free as u64 == 0);
    assert(Kind::Used as u64 == 1);
    assert(Kind::Big as u64 == 300);
}

proof fn implicit_false() {
    assert(Kind::Next as u64 == 300); //~ ERROR assertion failed
}
proof fn implicit_true() {
    assert(Kind::Next as u64 == 301);
}

// converted like an isize constant: 300 wraps in u8, -1 in u64
proof fn wrap_false() {
    assert(Kind::Big as u8 == 300); //~ ERROR assertion failed
}
proof fn wrap_true() {
    assert(Kind::Big as u8 == 44);
    assert(Neg::Low as u64 == 0xffff_ffff_ffff_ffff);
    assert(Neg::Low as i8 == -1);
    assert(Neg::Zero as int == 0);
}

fn exec_false(k: Kind) -> (r: u64)
    ensures r < 2, //~ ERROR postcondition not satisfied
{
    k as u64
}
fn exec_true(k: Kind) -> (r: u64)
    ensures r <= 301, r == 0 <==> k == Kind::Free,
{
    k as u64
}

spec fn code(k: Kind) -> u64 { k as u64 }

proof fn spec_false(k: Kind)
    requires k != Kind::Free,
{
    assert(code(k) == 1); //~ ERROR assertion failed
}
proof fn spec_true(k: Kind)
    requires k != Kind::Free, k != Kind::Big, k != Kind::Next,
{
    assert(code(k) == 1);
}

fn main() {
    let a = Kind::Next as u64;
    assert(a == 301);
}

} // verus!
