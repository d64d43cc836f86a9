use vstd::prelude::*;

verus! {

// A loop after a `for` loop: the first loop's counter is out of scope at the second one, also
// in the invariants inferred for it (once an internal error while generating the obligations).
fn later_loop() -> (r: u32)
    ensures r == 3,
{
    for i in 0..255u8 {
    }
    let mut c: u32 = 0;
    for j in 0..3u8
        invariant c == j as u32,
    {
        c = c + 1;
    }
    c
}

fn main() {
}

} // verus!
