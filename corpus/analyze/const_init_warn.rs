// A const initializer is exec code run once: its overflow is found like a fn body's.
// Its users only know the const is some value of its type.
use vstd::prelude::*;
verus! {
const BIG: u8 = 200 + 100; //~ WARN overflow: `200 + 100` may overflow
const SMALL: u8 = 200 + 55;
fn next_small() -> u8 {
    SMALL + 1 //~ WARN overflow: `SMALL + 1` may overflow: SMALL + 1 in [256, 256]
}
fn next_big() -> u16 {
    BIG as u16 + 1
}
} // verus!
