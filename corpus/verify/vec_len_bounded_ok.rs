use vstd::prelude::*;

verus! {

fn f(v: &Vec<u8>) -> (r: u64)
    ensures r == v.len(),
{
    v.len() as u64
}

fn main() {
}

} // verus!
