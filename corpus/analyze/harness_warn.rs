// An interval test harness whose ranges reach a run-time error: the analysis reports each
// over the whole range; `proofgate run` finds the boundary values that panic.
use vstd::prelude::*;
verus! {
#[test]
fn double_harness() {
    let x: u8 = proofgate::interval(0, 128);
    let y = x * 2; //~ WARN overflow: `x * 2` may overflow: x * 2 in [0, 256]
}
#[test]
fn divide_harness() {
    let d: u32 = proofgate::interval(0, 10);
    let q = 1000 / d; //~ WARN division: `1000 / d` may divide by zero: d in [0, 10]
}
#[test]
fn index_harness() {
    let v: Vec<u8> = vec![1, 2, 3, 4, 5];
    let i: usize = proofgate::interval(0, 5);
    let e = v[i]; //~ WARN index: `v[i]` may be out of bounds: i in [0, 5]
}
} // verus!
