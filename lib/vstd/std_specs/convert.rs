//! `From::from` and `Into::into` of a type parameter: what `T::from.ensures((x,), r)` and
//! `call_ensures(T::from, (x,), r)` mean when `T` is known only by its bound `From<X>`
//! (and likewise `T::into` with `Into<U>`). Each is a predicate about the one conversion of
//! its type arguments; a call `T::from(x)` through the bound gives its result `r` with
//! `ensures_from::<X, T>(x, r)`. Nothing else is known of it (the impls at known types are
//! not linked to it), so a proof that uses it holds for every impl.
//!
//! These names are Proofgate's: Verus writes them only as `f.ensures(..)` / `call_ensures`.
verus! {

/// `T::from.ensures((x,), r)` for `T: From<X>`.
pub uninterp spec fn ensures_from<X, T>(x: X, r: T) -> bool;

/// `T::into.ensures((x,), r)` for `T: Into<U>`.
pub uninterp spec fn ensures_into<T, U>(x: T, r: U) -> bool;

/// `call_ensures(T::from, (x,), r)` of std's lossless conversions between integer types
/// (`usize::from(1u8)`): the same integer (src/check/op-specs.ts).
pub open spec fn ensures_from_int<X: Integer, T: Integer>(x: X, r: T) -> bool {
    r as int == x as int
}

} // verus!
