//@ no-verify
// Arbitrary macros in verified code are outside the subset.
use vstd::prelude::*;

verus! {

fn f(x: u32) -> u32 {
    println!("{}", x); //~ ERROR not supported: macro `println!`
    x
}

fn main() {
}

} // verus!
