//@ no-verify
// `as` casts between integer types, to int/nat in specs, and from bool/char.
use vstd::prelude::*;

verus! {

fn casts(a: u8, b: i64, c: bool) -> (r: u64)
    ensures
        r as int == a as int + 1,
{
    let x = a as u64;
    let y = b as u32;
    let z = c as u8;
    let w = 'a' as u32;
    x + 1
}

spec fn to_nat(x: int) -> nat {
    if x < 0 { 0 } else { x as nat }
}

fn main() {
}

} // verus!
