// Signed remainder where the divisor is never -1, or the dividend never MIN: no overflow.
use vstd::prelude::*;
verus! {
fn by_positive(a: i32, d: i32) -> i32 {
    if d > 0 { a % d } else { 0 }
}
fn by_constant(a: i64) -> i64 {
    a % 10
}
fn not_min(a: i8, d: i8) -> i8 {
    if a > -128 && d != 0 { a % d } else { 0 }
}
fn unsigned(a: u32, d: u32) -> u32 {
    if d != 0 { a % d } else { 0 }
}
} // verus!
