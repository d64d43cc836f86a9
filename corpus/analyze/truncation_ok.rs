// `as` casts whose value fits the type cast to: no warning.
use vstd::prelude::*;
verus! {
fn low_byte(x: u32) -> u8 {
    (x & 0xff) as u8
}
fn small(x: u64) -> u16 {
    if x < 1000 { x as u16 } else { 0 }
}
fn unsigned(x: i32) -> u32 {
    if x >= 0 { x as u32 } else { 0 }
}
} // verus!
