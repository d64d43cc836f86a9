// Exec arithmetic is checked at run time; casts wrap like Rust.
use vstd::prelude::*;

verus! {

fn add(a: u8, b: u8) -> u8 {
    a + b
}

fn sub(a: u64, b: u64) -> u64 {
    a - b
}

fn div(a: u32, b: u32) -> u32 {
    a / b
}

fn rem(a: i32, b: i32) -> i32 {
    a % b
}

fn shl(a: u32, n: u32) -> u32 {
    a << n
}

fn neg(a: i8) -> i8 {
    -a
}

#[verifier::external_body]
#[test]
fn ok_arithmetic() {
    assert(add(200, 55) == 255);
    assert(sub(10, 3) == 7);
    assert(div(7, 2) == 3);
    assert(rem(-7, 2) == -1);
    assert(shl(1, 31) == 0x8000_0000);
    assert(neg(-127) == 127);
    let x: u64 = 0xffff_ffff_ffff_ffff;
    assert(x == u64::MAX);
    assert(u8::MAX as u64 + 1 == 256);
}

#[verifier::external_body]
#[test]
fn ok_casts() {
    let big: u64 = 0x1_2345;
    assert(big as u8 == 0x45);
    assert(big as u16 == 0x2345);
    let m: i64 = -1;
    assert(m as u64 == u64::MAX);
    assert(m as u8 == 255);
    assert(300u32 as i8 == 44);
    assert(200u8 as i8 == -56);
    assert(true as u8 == 1);
    assert('A' as u32 == 65);
    assert(65u8 as char == 'A');
}

#[verifier::external_body]
#[test]
fn fail_add_overflow() {
    let r = add(200, 56);
}

#[verifier::external_body]
#[test]
fn fail_sub_underflow() {
    let r = sub(3, 4);
}

#[verifier::external_body]
#[test]
fn fail_div_zero() {
    let r = div(1, 0);
}

#[verifier::external_body]
#[test]
fn fail_rem_zero() {
    let r = rem(1, 0);
}

#[verifier::external_body]
#[test]
fn fail_shift() {
    let r = shl(1, 32);
}

#[verifier::external_body]
#[test]
fn fail_neg() {
    let r = neg(-128);
}

#[verifier::external_body]
#[test]
fn fail_rem_min_by_minus_one() {
    let r = rem(i32::MIN, -1);
}

#[verifier::external_body]
#[test]
fn fail_div_min_by_minus_one() {
    let r: i32 = i32::MIN;
    let q = r / -1;
}

#[verifier::external_body]
#[test]
fn ok_rem_min_by_one() {
    assert(rem(i32::MIN, 1) == 0);
    assert(rem(i32::MIN, i32::MAX) == -1);
}

const OVERFLOWING: u8 = 200 + 100;

#[verifier::external_body]
#[test]
fn fail_const_initializer_overflow() {
    let k = OVERFLOWING;
}

#[verifier::external_body]
#[test]
fn fail_compound_assign() {
    let mut x: u16 = 65535;
    x += 1;
}

#[verifier::external_body]
#[test]
#[should_panic]
fn ok_should_panic() {
    let r = add(255, 1);
}

#[verifier::external_body]
#[test]
#[should_panic]
fn fail_should_panic_but_did_not() {
    let r = add(1, 1);
}

} // verus!
