//@ no-verify
// Integer literals: decimal, hex, binary, octal, separators, suffixes; chars and strings.
use vstd::prelude::*;

verus! {

fn literals() -> (r: u64)
    ensures
        r == 4096,
{
    let a: u64 = 0x1000;
    let b: u64 = 0b1_0000_0000_0000;
    let c: u64 = 0o10000;
    let d = 4096u64;
    let e: u64 = 4_096;
    let f: u8 = 0xffu8;
    let g: char = 'x';
    let h: char = '\n';
    assert(a == b);
    assert(c == d);
    assert(d == e);
    assert(f == 255);
    e
}

fn main() {
}

} // verus!
