use vstd::prelude::*;

verus! {

fn f(x: Option<u32>) -> u32
    requires x.is_some(),
{
    x.unwrap()
}

fn main() {
}

} // verus!
