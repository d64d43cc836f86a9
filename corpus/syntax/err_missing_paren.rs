//@ no-verify
use vstd::prelude::*;

verus! {

fn f(x: u32 -> u32) { //~ ERROR expected one of `!`, `(`, `)`, `+`, `,`, `::`, or `<`, found `->`
    x
}

fn main() {
}

} // verus!
