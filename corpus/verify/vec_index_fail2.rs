use vstd::prelude::*;

verus! {

fn f(v: &Vec<u8>, i: usize) -> u8
    requires i <= v.len(),
{
    v[i] //~ ERROR precondition not satisfied
}

fn main() {
}

} // verus!
