// The machine integers' checked_*, wrapping_* and saturating_* methods with vstd's specs.
use vstd::prelude::*;

verus! {

fn checked_add_false() {
    assert(u8::MAX.checked_add(1).is_some()); //~ ERROR assertion failed
}
fn checked_add_true() {
    assert(u8::MAX.checked_add(1).is_none());
    assert(254u8.checked_add(1) == Some(255u8));
}

fn checked_add_spec_false(a: u64, b: u64) -> (r: Option<u64>)
    ensures r.is_some() <==> a + b < u64::MAX, //~ ERROR postcondition not satisfied
{
    a.checked_add(b)
}
fn checked_add_spec_true(a: u64, b: u64) -> (r: Option<u64>)
    ensures
        r.is_some() <==> a + b <= u64::MAX,
        r.is_some() ==> r.unwrap() == a + b,
{
    a.checked_add(b)
}

fn checked_sub_false(a: usize, b: usize) {
    let r = a.checked_sub(b);
    assert(r.is_some()); //~ ERROR assertion failed
}
fn checked_sub_true(a: usize, b: usize) {
    let r = a.checked_sub(b);
    assert(r.is_some() <==> b <= a);
    assert(r.is_some() ==> r.unwrap() == a - b);
}

fn checked_mul_false(a: u16, b: u16) {
    let r = a.checked_mul(b);
    assert(a > 0 && b > 0 ==> r.is_some()); //~ ERROR assertion failed
}
fn checked_mul_true(a: u16, b: u16) {
    let r = a.checked_mul(b);
    assert(r.is_some() ==> r.unwrap() as int == a as int * b as int);
    assert(a <= 255 && b <= 255 ==> a * b <= 65025) by (nonlinear_arith);
    assert(a <= 255 && b <= 255 ==> r.is_some());
}

fn checked_div_false(a: i8, b: i8) {
    let r = a.checked_div(b);
    assert(b != 0 ==> r.is_some()); //~ ERROR assertion failed
}
fn checked_div_true(a: i8, b: i8) {
    let r = a.checked_div(b);
    assert(r.is_none() <==> (b == 0 || (a == i8::MIN && b == -1)));
    let q = 7i8.checked_div(-2);
    assert(q.unwrap() == -3);
}

fn checked_rem_false(a: i8, b: i8) {
    let r = a.checked_rem(b);
    assert(b != 0 ==> r.is_some()); //~ ERROR assertion failed
}
fn checked_rem_true(a: i8, b: i8) {
    let r = a.checked_rem(b);
    assert(b == 0 ==> r.is_none());
    assert(a == i8::MIN && b == -1 ==> r.is_none());
    let m = -7i8;
    let s = m.checked_rem(2);
    assert(s.unwrap() == -1);
}

fn wrapping_add_false() {
    assert(255u8.wrapping_add(1) == 255); //~ ERROR assertion failed
}
fn wrapping_add_true() {
    assert(255u8.wrapping_add(1) == 0);
    assert(i8::MAX.wrapping_add(1) == i8::MIN);
}

fn wrapping_sub_false(a: u32) {
    assert(a.wrapping_sub(1) < a); //~ ERROR assertion failed
}
fn wrapping_sub_true(a: u32) {
    assert(a > 0 ==> a.wrapping_sub(1) == a - 1);
    assert(a == 0 ==> a.wrapping_sub(1) == u32::MAX);
}

fn wrapping_mul_false(a: i8) {
    assert(a.wrapping_mul(2) == 2 * a); //~ ERROR assertion failed
}
fn wrapping_mul_true(a: i8) {
    assert(-64 <= a < 64 ==> a.wrapping_mul(2) == 2 * a);
}

fn saturating_add_false(a: u32) {
    assert(a.saturating_add(10) > a); //~ ERROR assertion failed
}
fn saturating_add_true(a: u32) {
    assert(a.saturating_add(10) >= a);
    assert(u32::MAX.saturating_add(10) == u32::MAX);
}

fn saturating_sub_false(a: i16, b: i16) {
    assert(a.saturating_sub(b) == a - b); //~ ERROR assertion failed
}
fn saturating_sub_true(a: i16, b: i16) {
    let s = a.saturating_sub(b);
    assert(i16::MIN <= a - b <= i16::MAX ==> s == a - b);
    assert(a - b < i16::MIN ==> s == i16::MIN);
}

// std's `Ord::min` / `Ord::max`: never outside the two, and signed ones compare as signed
fn min_signed_false(a: i32) {
    let m = a.min(-1);
    assert(m == -1); //~ ERROR assertion failed
}
fn min_signed_true(a: i32) {
    let m = a.min(-1);
    assert(m <= -1 && m <= a);
    assert(a < -1 ==> m == a);
}
fn max_overflow_false(a: u8, b: u8) {
    let m = a.max(b);
    let n = m + 1; //~ ERROR possible arithmetic underflow/overflow
}
fn max_overflow_true(a: u8, b: u8)
    requires a < 255, b < 255,
{
    let m = a.max(b);
    let n = m + 1;
    assert(n > a && n > b);
}

} // verus!
