//@ no-verify
// Constructs recognised but outside the subset inside verified code.
use vstd::prelude::*;

verus! {

trait T {
    fn m(&self);
}

fn closures(x: u64) -> u64 {
    let f = |y: u64| -> (r: u64) ensures r == y { y }; //~ ERROR not supported: closures with `requires`/`ensures`
    x
}

fn unsafe_block() -> u64 {
    let x = unsafe { 1u64 };
    unsafe {
        x + 1
    }
}

fn dyn_param(x: &dyn T) { //~ ERROR not supported: trait objects
}

struct Sp;

impl T for Sp {
    default fn m(&self) {} //~ ERROR not supported: specialization
}

fn main() {
}

} // verus!
