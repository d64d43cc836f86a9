use vstd::prelude::*;

verus! {

fn callee(x: u32, y: u32)
    requires
        x > 0,
        y > x, //~ NOTE failed precondition
{ }
fn caller() {
    callee(1, 1); //~ ERROR precondition not satisfied
}

fn main() {
}

} // verus!
