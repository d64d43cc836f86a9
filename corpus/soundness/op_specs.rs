// Operator-trait specs through bounds and at integer types: `x.sub_req(y)`, `x.not_req()`,
// `call_requires(T::op, ..)`, `call_ensures(T::op, .., r)` (lib/vstd std_specs::ops), the
// lossless `From` conversions between integers, and `x as int` for `T: Integer`.
use vstd::prelude::*;
use vstd::std_specs::ops::{AddSpec, BitAndSpec, NotSpec, SubSpec};
use core::ops::{Add, BitAnd, Not, Sub};

verus! {

pub trait Ops: Add<Output = Self> + Sub<Output = Self> + BitAnd<Output = Self> + Not<Output = Self> + PartialEq + From<u8> + Copy {}

impl<T> Ops for T where T: Add<Output = Self> + Sub<Output = Self> + BitAnd<Output = Self> + Not<Output = Self> + PartialEq + From<u8> + Copy {}

pub open spec fn no_sub_underflow<T: Ops>(a: T, b: T) -> bool {
    a.sub_req(b)
}

pub open spec fn mask_of<T: Ops>(align: T, mask: T) -> bool {
    exists|one: T| #[trigger] call_ensures(T::from, (1u8,), one) && call_ensures(T::sub, (align, one), mask)
}

// at an integer type: no underflow, and the result of `-`
proof fn sub_req_usize_false(a: usize, b: usize)
    requires a < b,
{
    assert(no_sub_underflow(a, b)); //~ ERROR assertion failed
}
proof fn sub_req_usize_true(a: usize, b: usize)
    requires b <= a,
{
    assert(no_sub_underflow(a, b));
}

proof fn mask_usize_false(align: usize, mask: usize)
    requires 0 < align, mask_of(align, mask),
{
    assert(mask == align); //~ ERROR assertion failed
}
proof fn mask_usize_true(align: usize, mask: usize)
    requires 0 < align, mask_of(align, mask),
{
    assert(mask == align - 1);
}

// `call_ensures` of an integer type's own operators and conversions
proof fn prim_calls_false(a: u32, r: u32, one: u64)
    requires call_ensures(u32::not, (a,), r), call_ensures(u64::from, (1u8,), one),
{
    assert(r == a || one == 2); //~ ERROR assertion failed
}
proof fn prim_calls_true(a: u32, r: u32, one: u64)
    requires call_ensures(u32::not, (a,), r), call_ensures(u64::from, (1u8,), one),
{
    assert(r == !a && one == 1);
}

proof fn bitand_req_false(a: u8, b: u8) {
    assert(!a.bitand_req(b)); //~ ERROR assertion failed
}
proof fn bitand_req_true(a: u8, b: u8) {
    assert(a.bitand_req(b) && a.not_req() && call_requires(u8::bitand, (a, b)));
}

// through a bound nothing is known of an impl's operators
proof fn generic_not_req_false<T: Ops>(x: T) {
    assert(x.not_req()); //~ ERROR assertion failed
}
proof fn generic_not_req_true<T: Ops>(x: T)
    requires forall|y: T| y.not_req(),
{
    assert(x.not_req() && call_requires(T::not, (x,)));
}

proof fn generic_eq_false<T: Ops>(x: T, r: bool)
    requires call_ensures(T::eq, (&x, &x), r),
{
    assert(r); //~ ERROR assertion failed
}
proof fn generic_eq_true<T: Ops>(x: T, r: bool)
    requires call_ensures(T::eq, (&x, &x), r), forall|a: T, b: bool| call_ensures(T::eq, (&a, &a), b) ==> b,
{
    assert(r);
}

proof fn eq_u16_false(x: u16, y: u16, r: bool)
    requires call_ensures(u16::eq, (&x, &y), r), x != y,
{
    assert(r); //~ ERROR assertion failed
}
proof fn eq_u16_true(x: u16, y: u16, r: bool)
    requires call_ensures(u16::eq, (&x, &y), r), x != y,
{
    assert(!r);
}

// `x as int` of `T: Integer`: the value at a known type, unknown for a parameter
pub open spec fn next<T: Integer>(a: T, b: T) -> bool {
    a as int + 1 == b as int
}

proof fn integer_param_false<T: Integer>(a: T, b: T)
    requires next(a, b),
{
    assert(a as int == b as int - 2); //~ ERROR assertion failed
}
proof fn integer_param_true<T: Integer>(a: T, b: T)
    requires next(a, b),
{
    assert(a as int == b as int - 1);
}

proof fn integer_u64_false(a: u64, b: u64)
    requires next(a, b),
{
    assert(b == a); //~ ERROR assertion failed
}
proof fn integer_u64_true(a: u64, b: u64)
    requires next(a, b),
{
    assert(b == a + 1 && a < u64::MAX);
}

// exec operators through the bounds: each call needs its `requires`, its result meets `call_ensures`
fn align_false<T: Ops>(addr: T, align: T) -> (ret: T)
    requires forall|x: T| x.not_req(), forall|x: T, y: T| x.bitand_req(y),
{
    let mask = align - T::from(1u8); //~ ERROR precondition not satisfied
    addr & !mask
}
fn align_true<T: Ops>(addr: T, align: T) -> (ret: T)
    requires
        forall|x: T| x.not_req(), forall|x: T, y: T| x.bitand_req(y),
        forall|one: T| #[trigger] call_ensures(T::from, (1u8,), one) ==> align.sub_req(one),
{
    let mask = align - T::from(1u8);
    addr & !mask
}

fn mask_false<T: Ops>(align: T) -> (mask: T)
    requires
        forall|x: T| x.not_req(),
        forall|one: T| #[trigger] call_ensures(T::from, (1u8,), one) ==> align.sub_req(one),
    ensures mask_of(align, mask), //~ ERROR postcondition not satisfied
{
    let m = align - T::from(1u8);
    !m
}
fn mask_true<T: Ops>(align: T) -> (mask: T)
    requires forall|one: T| #[trigger] call_ensures(T::from, (1u8,), one) ==> align.sub_req(one),
    ensures mask_of(align, mask),
{
    align - T::from(1u8)
}

fn is_zero_false<T: Ops>(x: T) -> (r: bool)
    ensures exists|z: T| #[trigger] call_ensures(T::from, (0u8,), z) && call_ensures(T::eq, (&x, &z), r), //~ ERROR postcondition not satisfied
{
    x == T::from(1u8)
}
fn is_zero_true<T: Ops>(x: T) -> (r: bool)
    ensures exists|z: T| #[trigger] call_ensures(T::from, (0u8,), z) && call_ensures(T::eq, (&x, &z), r),
{
    x == T::from(0u8)
}

fn main() {}

} // verus!
