use vstd::prelude::*;

verus! {

fn f(a: u16) -> u16 {
    let mut x = a;
    x += 1; //~ ERROR possible arithmetic underflow/overflow
    x
}

fn main() {
}

} // verus!
