use vstd::prelude::*;

verus! {

fn spin(n: u64) -> u64
    decreases n,
{
    spin(n) //~ ERROR could not prove termination
}

fn main() {
}

} // verus!
