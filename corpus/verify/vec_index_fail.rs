use vstd::prelude::*;

verus! {

fn f(v: &Vec<u8>) -> u8 {
    v[v.len() - 1] //~ ERROR possible arithmetic underflow/overflow
}

fn main() {
}

} // verus!
