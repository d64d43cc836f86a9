use vstd::prelude::*;

verus! {

spec fn bad(n: int) -> int
    decreases n,
{
    if n == 0 { 0 } else { bad(n - 1) } //~ ERROR could not prove termination
}

fn main() {
}

} // verus!
