//@ no-verify
// Clause lists: requires, ensures, returns, decreases, recommends; trailing commas optional.
use vstd::prelude::*;

verus! {

fn clamp(x: u64, hi: u64) -> (r: u64)
    requires hi > 0
    ensures r <= hi, r == x || r == hi
{
    if x > hi { hi } else { x }
}

fn ident(x: u64) -> (r: u64)
    returns x,
{
    x
}

spec fn sum_to(n: nat) -> nat
    recommends
        n < 1000,
    decreases n,
{
    if n == 0 { 0 } else { n + sum_to((n - 1) as nat) }
}

fn main() {
}

} // verus!
