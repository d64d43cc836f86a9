use vstd::prelude::*;

verus! {

// `assert(P) by (compute)`: P is evaluated (spec fns unfolded, arithmetic computed);
// true is assumed, false is an error, what is left open goes to the solver.

spec fn fib(n: nat) -> nat
    decreases n,
{
    if n == 0 { 0 } else if n == 1 { 1 } else { fib((n - 2) as nat) + fib((n - 1) as nat) }
}

spec fn sum_to(n: nat) -> int
    decreases n,
{
    if n == 0 { 0 } else { n + sum_to((n - 1) as nat) }
}

// 2^n calls, none with the same arguments: no memo helps
spec fn tree(n: nat, id: int) -> int
    decreases n,
{
    if n == 0 { 1 } else { tree((n - 1) as nat, 2 * id) + tree((n - 1) as nat, 2 * id + 1) }
}

uninterp spec fn mystery(x: int) -> int;

proof fn compute_fib_false() {
    assert(fib(20) == 6764) by (compute); //~ ERROR expression simplifies to false
}
proof fn compute_fib_true() {
    assert(fib(20) == 6765) by (compute);
}

proof fn compute_only_sum_false() {
    assert(sum_to(100) == 5051) by (compute_only); //~ ERROR expression simplifies to false
}
proof fn compute_only_sum_true() {
    assert(sum_to(100) == 5050) by (compute_only);
}

// what is computed is known afterwards
proof fn compute_then_known_false() {
    assert(fib(10) == 55) by (compute);
    assert(fib(10) == 56); //~ ERROR assertion failed
}
proof fn compute_then_known_true() {
    assert(fib(10) == 55) by (compute);
    assert(fib(10) + 1 == 56);
}

// shifts at a machine width wrap, as in Verus's spec semantics
proof fn compute_shl_false() {
    assert(1u64 << 64u64 == 0x1_0000_0000_0000_0000) by (compute_only); //~ ERROR expression simplifies to false
}
proof fn compute_shl_true() {
    assert(1u64 << 63u64 == 0x8000_0000_0000_0000u64) by (compute_only);
}

// a claim with a free variable cannot be computed: compute_only refuses it
proof fn compute_only_free_false(x: u64) {
    assert(x + 0 == x) by (compute_only); //~ ERROR assert_by_compute_only failed to simplify down to true
}
proof fn compute_only_free_true(x: u64) {
    assert(x < 5 || true) by (compute_only);
}

// `compute` sends what is left open to the solver, which must prove it
proof fn compute_free_false(x: u64) {
    assert(x < 0x1_0000 || x > 0xffff_ffff) by (compute); //~ ERROR assertion failed
}
proof fn compute_free_true(x: u64) {
    assert(x < 0x1_0000 || x >= 0x1_0000) by (compute);
}

// an uninterpreted fn has nothing to compute with
proof fn compute_only_uninterp_false() {
    assert(mystery(1) == mystery(1)) by (compute_only); //~ ERROR assert_by_compute_only failed to simplify down to true
}
proof fn compute_only_uninterp_true() {
    assert(fib(1) == 1) by (compute_only);
}

// a computation that does not end runs out of budget: an error, never verified
proof fn compute_budget_false() {
    assert(tree(40, 1) == 0x100_0000_0000) by (compute); //~ ERROR assert_by_compute timed out
}
proof fn compute_budget_true() {
    assert(tree(12, 1) == 4096 && sum_to(500) == 125250) by (compute);
}

fn main() {
}

} // verus!
