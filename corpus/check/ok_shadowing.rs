//@ no-verify
// Shadowing and block scopes follow Rust.
use vstd::prelude::*;

verus! {

fn shadow(x: u32) -> (r: u64)
    requires
        x < 10,
    ensures
        r < 20,
{
    let x = x as u64;
    let y = {
        let x = x + 1;
        x
    };
    let x = y + x;
    x
}

fn main() {
}

} // verus!
