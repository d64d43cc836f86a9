use vstd::prelude::*;

#[verus_verify(spinoff_prover, rlimit(3))]
#[verus_spec(r =>
    requires
        n <= 1000,
    ensures
        r == n + 1,
)]
fn next(n: u64) -> u64 {
    n + 1
}

#[verus_verify(rlimit = 4)]
#[verus_spec(r =>
    ensures
        r == (x & y),
)]
fn both(x: u64, y: u64) -> u64 {
    proof! {
        assert(x & y == y & x) by (bit_vector);
    }
    y & x
}

verus! {

// rlimit settings map to z3's deterministic resource limit; these proofs fit in theirs.
#[verifier::rlimit(2)]
proof fn commute(x: u64, y: u64) {
    assert(x | y == y | x) by (bit_vector);
}

// `infinity` lifts the limit
#[verifier::rlimit(infinity)]
proof fn unlimited(x: u8, y: u8) {
    assert(x * y == y * x) by (bit_vector);
}

fn main() {
}

} // verus!
