//@ no-verify
// Constructs recognised but outside the subset inside verified code.
use vstd::prelude::*;

verus! {

trait T {
    fn m(&self);
}

fn closures(x: u64) -> u64 {
    let f = |y: u64| y + 1; //~ ERROR unsupported: closures
    x
}

fn unsafe_block() {
    unsafe { //~ ERROR unsupported: `unsafe` blocks
    }
}

fn dyn_param(x: &dyn T) { //~ ERROR unsupported: trait objects
}

struct Sp;

impl T for Sp {
    default fn m(&self) {} //~ ERROR unsupported: specialization
}

fn main() {
}

} // verus!
