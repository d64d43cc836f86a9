use vstd::prelude::*;

verus! {

fn f(a: i32) -> i32 {
    -a //~ ERROR possible arithmetic underflow/overflow
}

fn main() {
}

} // verus!
