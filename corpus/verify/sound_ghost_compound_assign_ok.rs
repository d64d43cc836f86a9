use vstd::prelude::*;

verus! {

proof fn unbounded(n: nat) {
    let ghost mut m: int = n as int;
    m -= 1;
    m *= 2;
    assert(m == 2 * n - 2);
    let ghost mut k: nat = n;
    k += 1;
    k *= 3;
    k /= 3;
    assert(k == n + 1);
}

fn in_proof_block(a: u8) {
    let ghost mut y: int = a as int;
    proof {
        y += 300;
    }
    assert(y >= 300);
}

fn exec_compound(a: u8) -> (r: u8)
    requires a < 255,
    ensures r == a + 1,
{
    let mut x = a;
    x += 1;
    x
}

proof fn cast_back(x: u8) {
    let ghost mut y: u8 = 250;
    y = (y + 10) as u8;
    assert(y == 4);
}

fn main() {
}

} // verus!
