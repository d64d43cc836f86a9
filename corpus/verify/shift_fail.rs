use vstd::prelude::*;

verus! {

fn f(a: u32, s: u32) -> u32 {
    a >> s //~ ERROR possible bit shift underflow/overflow
}

fn main() {
}

} // verus!
