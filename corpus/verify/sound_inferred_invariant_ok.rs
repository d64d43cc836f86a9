// Inferred loop invariants (docs/semantics.md): `i <= n` is not written; the analysis finds
// it at the loop head, the verifier proves it holds on entry and is kept by the body, and
// only then uses it for the postcondition and the overflow check.
use vstd::prelude::*;

verus! {

fn count(n: u32) -> (r: u32)
    ensures r == n,
{
    let mut i: u32 = 0;
    while i < n
        decreases n - i,
    {
        i = i + 1;
    }
    i
}

fn main() {
}

} // verus!
