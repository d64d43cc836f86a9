// `while i <= n`: with n = 255, `i += 1` overflows.
use vstd::prelude::*;
verus! {
fn count(n: u8) -> u8 {
    let mut i: u8 = 0;
    while i <= n {
        i += 1; //~ WARN overflow: `i += 1` may overflow
    }
    i
}
} // verus!
