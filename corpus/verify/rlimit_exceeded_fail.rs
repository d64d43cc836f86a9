#![verifier::rlimit(1)]
use vstd::prelude::*;

verus! {

// The crate's default (1 unit = 3,000,000 z3 resource units) applies to every fn without its
// own; running out is an error, on every machine alike.
proof fn crate_default(x: u64, y: u64, z: u64) { //~ ERROR function body check: Resource limit (rlimit) exceeded
    assert(x * (y * z) == (x * y) * z) by (bit_vector);
}

#[verifier::rlimit(0.5)] //~ ERROR function body check: Resource limit (rlimit) exceeded
proof fn own_limit(x: u64, y: u64, z: u64) {
    assert(x * (y * z) == (x * y) * z) by (bit_vector);
}

// an easy proof fits in the same limit
proof fn easy(x: u64, y: u64) {
    assert(x & y == y & x) by (bit_vector);
}

fn main() {
}

} // verus!
