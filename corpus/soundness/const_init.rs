use vstd::prelude::*;

verus! {

// Issue 9 class 8: const initialisers are checked like exec code.
const K_FALSE: u8 = 200 + 100; //~ ERROR possible arithmetic underflow/overflow
const K_TRUE: u8 = 200 + 55;

// Its users do not get the unchecked value 300 either: only some u8.
fn use_k_false() {
    assert(K_FALSE == 300); //~ ERROR assertion failed
}

fn use_k_true() {
    assert(K_TRUE == 255);
}

fn main() {
}

} // verus!
