use vstd::prelude::*;

verus! {

fn f(v: &Vec<u32>, i: usize) -> bool {
    i < v.len() || v[i] == 3 //~ ERROR precondition not satisfied
}

fn main() {
}

} // verus!
