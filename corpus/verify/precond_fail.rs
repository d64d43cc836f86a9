use vstd::prelude::*;

verus! {

fn callee(x: u32) -> u32
    requires
        x > 10, //~ NOTE failed precondition
{ x - 10 }
fn caller(y: u32) -> u32 {
    callee(y) //~ ERROR precondition not satisfied
}

fn main() {
}

} // verus!
