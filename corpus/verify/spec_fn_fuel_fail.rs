use vstd::prelude::*;

verus! {

spec fn pow2(n: nat) -> nat
    decreases n,
{
    if n == 0 { 1 } else { 2 * pow2((n - 1) as nat) }
}
proof fn p() {
    assert(pow2(3) == 8); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
