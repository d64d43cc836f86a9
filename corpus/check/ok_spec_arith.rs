//@ no-verify
// Spec arithmetic is on int: `u64 + u64` is an int, nat + nat stays nat, comparisons mix.
use vstd::prelude::*;

verus! {

spec fn sum(a: u64, b: u64) -> int {
    a + b
}

spec fn total(n: nat, m: nat) -> nat {
    n + m * 2
}

spec fn diff(n: nat, m: nat) -> int {
    n - m
}

spec fn halve(n: nat) -> nat {
    n / 2
}

spec fn mixed(a: u8, b: i64, c: int) -> bool {
    a < b && b <= c && a + b == c && -c < 0
}

fn add(a: u64, b: u64) -> (r: u64)
    requires
        a + b <= u64::MAX,
    ensures
        r == sum(a, b),
        r as int == a + b,
{
    a + b
}

proof fn lemma_total(n: nat)
    ensures
        total(n, 0) == n,
{
}

fn main() {
}

} // verus!
