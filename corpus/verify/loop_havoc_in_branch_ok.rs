use vstd::prelude::*;
verus! {
fn f(n: u32) {
    let mut x: u32 = 0;
    let mut i: u32 = 0;
    while i < n
        invariant i <= n, x == 0 || x == 5,
        decreases n - i,
    {
        if i > 0 { x = 5; }
        i = i + 1;
    }
    assert(x == 0 || x == 5);
}
fn main() {}
}
