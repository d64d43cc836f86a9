// Division and remainder by a divisor that may be zero.
use vstd::prelude::*;
verus! {
fn ratio(a: u64, b: u64) -> u64 {
    let q = a / b; //~ WARN division: `a / b` may divide by zero: b in [0, 18446744073709551615]
    let r = a % (b / 2); //~ WARN division
    q / 2 + r / 2
}
} // verus!
