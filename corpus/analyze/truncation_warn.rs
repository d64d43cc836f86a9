// `as` casts that may cut the value (or change its sign): the truncation warning.
use vstd::prelude::*;
verus! {
fn low_byte(x: u32) -> u8 {
    x as u8 //~ WARN truncation: `x as u8` may lose value: x in [0, 4294967295], u8 holds [0, 255]
}
fn small(x: u64) -> u16 {
    if x <= 65536 { x as u16 } else { 0 } //~ WARN truncation: `x as u16` may lose value: x in [0, 65536], u16 holds [0, 65535]
}
fn unsigned(x: i32) -> u32 {
    x as u32 //~ WARN truncation: `x as u32` may lose value: x in [-2147483648, 2147483647], u32 holds [0, 4294967295]
}
} // verus!
