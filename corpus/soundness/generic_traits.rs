// Generic traits of the crate: an impl is picked by the self type and all the trait's
// arguments (`Conv<u8>` and `Conv<u16>` for one type), at known types and through bounds.
use vstd::prelude::*;

verus! {

pub trait Conv<T> {
    spec fn spec_conv(&self, x: T) -> int;

    fn conv(&self, x: T) -> (r: u32)
        ensures r as int == self.spec_conv(x);
}

pub struct S;

impl Conv<u8> for S {
    open spec fn spec_conv(&self, x: u8) -> int { x as int }
    fn conv(&self, x: u8) -> (r: u32) { x as u32 }
}

impl Conv<u16> for S {
    open spec fn spec_conv(&self, x: u16) -> int { 2 * x }
    fn conv(&self, x: u16) -> (r: u32) { 2 * (x as u32) }
}

// at a known type the call picks the impl by its argument's type
fn known_false(s: S) {
    let a = s.conv(3u8);
    let b = s.conv(3u16);
    assert(a == b); //~ ERROR assertion failed
}
fn known_true(s: S) {
    let a = s.conv(3u8);
    let b = s.conv(3u16);
    assert(a == 3 && b == 6);
}

// through a bound: the trait's specs, at the bound's argument
fn bound_false<A: Conv<u8>>(a: &A, x: u8) -> (r: u32)
    ensures r as int == a.spec_conv(x), //~ ERROR postcondition not satisfied
{
    a.conv(0u8)
}
fn bound_true<A: Conv<u8>>(a: &A, x: u8) -> (r: u32)
    ensures r as int == a.spec_conv(x),
{
    a.conv(x)
}

// a generic callee used at a known type: its trait spec fn is the impl's definition
fn generic_at_known_false(s: S) {
    let r = bound_true(&s, 7u8);
    assert(r == 14); //~ ERROR assertion failed
}
fn generic_at_known_true(s: S) {
    let r = bound_true(&s, 7u8);
    assert(r == 7);
}

fn main() {}

} // verus!
