use vstd::prelude::*;
verus! {
struct P { a: u32, b: u32 }
fn f(p: (P, u8), c: bool) -> (r: u32)
    requires p.0.a < 10,
    ensures r < 20,
{
    let (mut q, k) = p;
    if c { q = P { a: 1, b: 2 }; }
    match Some(k) {
        Some(mut z) => { if c { z = 3; } }
        None => {}
    }
    q.a + 5
}
fn main() {}
}
