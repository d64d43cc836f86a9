use vstd::prelude::*;

verus! {

fn f(v: &Vec<u8>) -> u8
    requires v.len() > 0,
{
    v[v.len() - 1]
}

fn main() {
}

} // verus!
