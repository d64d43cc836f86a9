use vstd::prelude::*;

verus! {

// Ghost arithmetic is unbounded: `x op= v` in ghost code is `x = x op v`, whose value must
// have x's type, as for the plain assignment.
proof fn bounded(x: u8) {
    let ghost mut y: u8 = 250;
    y += 10; //~ ERROR mismatched types
    assert(y == 260);
}

proof fn nat_minus(n: nat) {
    let ghost mut m: nat = n;
    m -= 1; //~ ERROR mismatched types
}

fn in_proof_block() {
    let ghost mut y: u16 = 65535;
    proof {
        y *= 2; //~ ERROR mismatched types
    }
    assert(y > 65535);
}

proof fn plain(x: u8) {
    let ghost mut y: u8 = 250;
    y = y + 10; //~ ERROR mismatched types
}

fn main() {
}

} // verus!
