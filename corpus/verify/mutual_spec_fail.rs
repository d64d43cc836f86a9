use vstd::prelude::*;

verus! {

spec fn ping(n: int) -> int
    decreases n,
{
    if n <= 0 { 0 } else { pong(n) } //~ ERROR could not prove termination
}
spec fn pong(n: int) -> int
    decreases n,
{
    ping(n - 1) //~ ERROR could not prove termination
}

fn main() {
}

} // verus!
