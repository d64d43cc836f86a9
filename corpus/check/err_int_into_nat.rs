//@ no-verify
// In spec code an int does not fit where a nat is expected without `as nat`.
use vstd::prelude::*;

verus! {

spec fn pred(n: nat) -> nat {
    n - 1 //~ ERROR mismatched types
}

spec fn pred_ok(n: nat) -> nat {
    (n - 1) as nat
}

fn main() {
}

} // verus!
