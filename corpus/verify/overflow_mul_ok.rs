use vstd::prelude::*;

verus! {

fn f(a: u64) -> u64
    requires a < 1000,
{
    a * 2
}

fn main() {
}

} // verus!
