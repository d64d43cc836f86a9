//@ no-verify
// An operator on a type parameter means its bound's trait fn: with `Output` the parameter
// itself (`T: Add<Output = T>`) it is the member with vstd's operator specs (op_specs.rs in
// corpus/soundness); another `Output` is not supported; a parameter without such a bound has
// no operator at all, which stays an error (rustc rejects it too).
use vstd::prelude::*;
use core::ops::{Add, BitAnd, Not};

#[verus_spec(ret =>
    requires
        true,
)]
fn round_mask<W>(v: W, m: W)
where
    W: Add<Output = u64> + BitAnd<Output = W> + Not<Output = W> + Copy,
{
    let _ = v + m; //~ ERROR not supported: operator `+` on type parameter `W` (operator trait bounds)
}

#[verus_spec]
fn flip<W: Not<Output = bool>>(v: W) {
    let _ = !v; //~ ERROR not supported: operator `!` on type parameter `W` (operator trait bounds)
}

#[verus_spec]
fn flip_same<W: Not<Output = W>>(v: W) -> W {
    !v
}

#[verus_spec]
fn no_bound<W: Copy>(a: W, b: W) -> W {
    a + b //~ ERROR cannot apply binary operator `+` to type `W`
}

// A fn with only `#[verus_spec]` is checked (Verus marks it verified): its calls are too.
fn plain_unverified(x: u64) -> u64 {
    x
}

#[verus_spec(ret =>
    ensures
        ret == x,
)]
fn spec_only_attr(x: u64) -> u64 {
    plain_unverified(x) //~ ERROR cannot call function `err_generic_operators::plain_unverified` that is not verified
}

#[verus_spec(ret =>
    ensures
        ret == x,
)]
fn callee_by_spec_attr(x: u64) -> u64 {
    x
}

#[verus_verify]
fn calls_spec_attr_fn(x: u64) -> u64 {
    callee_by_spec_attr(x)
}

fn main() {
}
