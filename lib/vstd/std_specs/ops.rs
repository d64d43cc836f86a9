//! The spec members of std's operator traits, as vstd's `std_specs::ops` extensions give them
//! (`NotSpec`, `AddSpec`, `SubSpec`, `BitAndSpec`, ..., and `PartialEqSpec`'s `eq`), for a type
//! bounded by the operator trait with `Output = Self` (and `Rhs = Self`), together with what
//! `call_ensures(T::op, (x, y), r)` says of one call (`ensures_op`). `x.sub_req(y)`,
//! `T::obeys_sub_spec()`, `x.sub_spec(y)`, `call_requires(T::sub, (x, y))` and
//! `call_ensures(T::sub, (x, y), r)` of a type parameter (through its bound) or of a primitive
//! integer type are these members (src/check/op-specs.ts): uninterpreted for a type parameter,
//! so a generic proof holds for every impl; at an integer type the definitions below, vstd's
//! (the operation must not overflow; the result is the wrapped value; `call_ensures` of the
//! primitive's operation holds of its result). `call_requires(T::op, args)` is the `op_req`.
//!
//! These are Proofgate's names: Verus reaches them through the operator traits themselves.
verus! {

pub trait OpSpecs: Sized {
    spec fn obeys_add_spec() -> bool;
    spec fn add_req(self, rhs: Self) -> bool;
    spec fn add_spec(self, rhs: Self) -> Self;
    spec fn ensures_add(self, rhs: Self, ret: Self) -> bool;

    spec fn obeys_sub_spec() -> bool;
    spec fn sub_req(self, rhs: Self) -> bool;
    spec fn sub_spec(self, rhs: Self) -> Self;
    spec fn ensures_sub(self, rhs: Self, ret: Self) -> bool;

    spec fn obeys_mul_spec() -> bool;
    spec fn mul_req(self, rhs: Self) -> bool;
    spec fn mul_spec(self, rhs: Self) -> Self;
    spec fn ensures_mul(self, rhs: Self, ret: Self) -> bool;

    spec fn obeys_bitand_spec() -> bool;
    spec fn bitand_req(self, rhs: Self) -> bool;
    spec fn bitand_spec(self, rhs: Self) -> Self;
    spec fn ensures_bitand(self, rhs: Self, ret: Self) -> bool;

    spec fn obeys_bitor_spec() -> bool;
    spec fn bitor_req(self, rhs: Self) -> bool;
    spec fn bitor_spec(self, rhs: Self) -> Self;
    spec fn ensures_bitor(self, rhs: Self, ret: Self) -> bool;

    spec fn obeys_bitxor_spec() -> bool;
    spec fn bitxor_req(self, rhs: Self) -> bool;
    spec fn bitxor_spec(self, rhs: Self) -> Self;
    spec fn ensures_bitxor(self, rhs: Self, ret: Self) -> bool;

    spec fn obeys_not_spec() -> bool;
    spec fn not_req(self) -> bool;
    spec fn not_spec(self) -> Self;
    spec fn ensures_not(self, ret: Self) -> bool;

    /// `call_ensures(T::eq, (&x, &y), r)` of `PartialEq`.
    spec fn ensures_eq(self, other: Self, ret: bool) -> bool;
}

macro_rules! op_specs_of_int {
    ($($t:ty)*) => {
        $(
        verus! {
        impl OpSpecs for $t {
            open spec fn obeys_add_spec() -> bool { true }
            open spec fn add_req(self, rhs: $t) -> bool { $t::MIN <= self + rhs <= $t::MAX }
            open spec fn add_spec(self, rhs: $t) -> $t { (self + rhs) as $t }
            open spec fn ensures_add(self, rhs: $t, ret: $t) -> bool { ret == (self + rhs) as $t }

            open spec fn obeys_sub_spec() -> bool { true }
            open spec fn sub_req(self, rhs: $t) -> bool { $t::MIN <= self - rhs <= $t::MAX }
            open spec fn sub_spec(self, rhs: $t) -> $t { (self - rhs) as $t }
            open spec fn ensures_sub(self, rhs: $t, ret: $t) -> bool { ret == (self - rhs) as $t }

            open spec fn obeys_mul_spec() -> bool { true }
            open spec fn mul_req(self, rhs: $t) -> bool { $t::MIN <= self * rhs <= $t::MAX }
            open spec fn mul_spec(self, rhs: $t) -> $t { (self * rhs) as $t }
            open spec fn ensures_mul(self, rhs: $t, ret: $t) -> bool { ret == (self * rhs) as $t }

            open spec fn obeys_bitand_spec() -> bool { true }
            open spec fn bitand_req(self, rhs: $t) -> bool { true }
            open spec fn bitand_spec(self, rhs: $t) -> $t { self & rhs }
            open spec fn ensures_bitand(self, rhs: $t, ret: $t) -> bool { ret == self & rhs }

            open spec fn obeys_bitor_spec() -> bool { true }
            open spec fn bitor_req(self, rhs: $t) -> bool { true }
            open spec fn bitor_spec(self, rhs: $t) -> $t { self | rhs }
            open spec fn ensures_bitor(self, rhs: $t, ret: $t) -> bool { ret == self | rhs }

            open spec fn obeys_bitxor_spec() -> bool { true }
            open spec fn bitxor_req(self, rhs: $t) -> bool { true }
            open spec fn bitxor_spec(self, rhs: $t) -> $t { self ^ rhs }
            open spec fn ensures_bitxor(self, rhs: $t, ret: $t) -> bool { ret == self ^ rhs }

            open spec fn obeys_not_spec() -> bool { true }
            open spec fn not_req(self) -> bool { true }
            open spec fn not_spec(self) -> $t { !self }
            open spec fn ensures_not(self, ret: $t) -> bool { ret == !self }

            open spec fn ensures_eq(self, other: $t, ret: bool) -> bool { ret == (self == other) }
        }
        }
        )*
    };
}

op_specs_of_int!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);

} // verus!
