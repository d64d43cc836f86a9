//@ no-verify
// Unsuffixed literals take their type from context, as in Rust.
use vstd::prelude::*;

verus! {

fn count(v: &Vec<u8>) -> (n: usize)
    ensures
        n == v.len(),
{
    let mut i = 0;
    while i < v.len()
        invariant
            i <= v.len(),
        decreases v.len() - i,
    {
        i = i + 1;
    }
    i
}

fn widths() -> u16 {
    let a: u8 = 200;
    let b = 300;
    let c = a as u16 + b;
    let d = 0x10u16;
    c + d
}

fn shift(x: u64) -> u64 {
    x >> 3
}

fn signed(x: i32) -> i32
    requires
        -100 < x < 100,
{
    -x + 1
}

fn main() {
}

} // verus!
