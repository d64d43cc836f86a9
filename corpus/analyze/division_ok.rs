// Division and remainder by a divisor that cannot be zero.
use vstd::prelude::*;
verus! {
fn ratio(a: u64, b: u64) -> u64 {
    if b == 0 {
        return 0;
    }
    let q = a / b;
    let r = a % b;
    q / 2 + r / 2
}
} // verus!
