// Inferred loop invariants (docs/semantics.md) add only what is proved: `i <= n` is, and it
// gives `i == n` after the loop, not the false claim below; `s` grows past any interval the
// analysis can bound, so its overflow is still reported.
use vstd::prelude::*;

verus! {

fn count(n: u32) -> (r: u32)
    ensures r == n + 1, //~ ERROR postcondition not satisfied
{
    let mut i: u32 = 0;
    while i < n
        decreases n - i,
    {
        i = i + 1;
    }
    i
}

fn sum(n: u32) -> (r: u32)
    requires n <= 100,
{
    let mut i: u32 = 0;
    let mut s: u32 = 0;
    while i < n
        decreases n - i,
    {
        s = s + i * 1000; //~ ERROR possible arithmetic underflow/overflow
        i = i + 1;
    }
    s
}

fn main() {
}

} // verus!
