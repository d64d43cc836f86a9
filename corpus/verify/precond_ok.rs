use vstd::prelude::*;

verus! {

fn callee(x: u32) -> u32
    requires x > 10,
{ x - 10 }
fn caller() -> u32 { callee(11) }

fn main() {
}

} // verus!
