// A product bounded by the branch conditions: no warning.
use vstd::prelude::*;
verus! {
fn area(w: u16, h: u16) -> u32 {
    let a = w as u32;
    let b = h as u32;
    if a < 1000 && b < 1000 { a * b } else { 0 }
}
} // verus!
