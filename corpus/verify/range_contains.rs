// `(lo..hi).contains(&x)` / `(lo..=hi).contains(&x)` on integers: std's `Range::contains`
// with vstd's spec (`lo <= x < hi`, `lo <= x <= hi`), the bounds evaluated first, each once,
// as Rust does (coconut-svsm: `if !(1..MAX_ORDER).contains(&order) { .. }`). A range as any
// other value is still not supported.
use vstd::prelude::*;

verus! {

const MAX_ORDER: usize = 6;

fn half_open_ok(order: usize) -> (r: bool)
    ensures
        r == (1 <= order && order < MAX_ORDER),
{
    (1..MAX_ORDER).contains(&order)
}

fn inclusive_ok(order: usize) -> (r: bool)
    ensures
        r == (1 <= order && order <= MAX_ORDER),
{
    (1..=MAX_ORDER).contains(&order)
}

fn half_open_excludes_end(order: usize) {
    if (1..MAX_ORDER).contains(&order) {
        assert(order < MAX_ORDER);
        assert(order < MAX_ORDER - 1); //~ ERROR assertion failed
    }
}

fn inclusive_includes_end(order: usize) {
    if (1..=MAX_ORDER).contains(&order) {
        assert(order < MAX_ORDER); //~ ERROR assertion failed
    }
}

fn outside(order: usize) -> (r: usize)
    requires
        !(1..MAX_ORDER).contains(&order),
{
    order - 1 //~ ERROR possible arithmetic underflow/overflow
}

fn bound_overflows(n: u8, x: u8) -> bool {
    (0..n + 1).contains(&x) //~ ERROR possible arithmetic underflow/overflow
}

fn bound_is_evaluated(n: u8, x: u8) -> bool {
    // with `x == 0`, `1 <= x` is already false, but Rust still computes `n + 1`
    (1..n + 1).contains(&x) //~ ERROR possible arithmetic underflow/overflow
}

fn open_range(x: u8) -> bool {
    (0..).contains(&x) //~ ERROR not supported: range expressions
}

fn main() {
}

} // verus!
