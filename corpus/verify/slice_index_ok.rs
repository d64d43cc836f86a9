use vstd::prelude::*;

verus! {

fn f(a: &[u8]) -> u8
    requires a@.len() > 0,
{
    a[0]
}

fn main() {
}

} // verus!
