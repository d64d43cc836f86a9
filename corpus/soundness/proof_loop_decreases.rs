use vstd::prelude::*;

verus! {

// Issue 9 class 7: loops in proof code need decreases.
proof fn proof_loop_false()
    ensures false,
{
    loop { } //~ ERROR loop must have a decreases clause
}
proof fn proof_loop_true(n: nat)
    ensures true,
{
    let ghost mut i: nat = n;
    while i > 0
        decreases i,
    {
        i = (i - 1) as nat;
    }
}

fn main() {
}

} // verus!
