// i32::MIN % -1 panics in Rust: the quotient overflows although the remainder, 0, fits.
use vstd::prelude::*;
verus! {
fn wrapped(a: i32, d: i32) -> i32 {
    if d != 0 {
        a % d //~ WARN overflow: `a % d` may overflow: a / d in
    } else {
        0
    }
}
fn wrapped_assign(a: i32, d: i32) -> i32 {
    let mut r = a;
    if d < 0 {
        r %= d; //~ WARN overflow: `r %= d` may overflow: r / d in
    }
    r
}
} // verus!
