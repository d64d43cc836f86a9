use vstd::prelude::*;

verus! {

spec fn pow2(n: nat) -> nat
    decreases n,
{
    if n == 0 { 1 } else { 2 * pow2((n - 1) as nat) }
}
proof fn p() {
    assert(pow2(0) == 1);
    assert(pow2(1) == 2);
}

fn main() {
}

} // verus!
