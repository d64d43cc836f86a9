// An interval test harness verifies for every value of its inputs: `proofgate::interval(lo, hi)`
// is any value of lo..=hi (docs/harnesses.md).
use vstd::prelude::*;
verus! {
fn double(x: u8) -> (r: u8)
    requires x <= 127,
    ensures r == 2 * x,
{
    x * 2
}
#[test]
fn double_harness() {
    let x: u8 = proofgate::interval(0, 127);
    let y = x * 2;
    let r = double(x);
    assert(y == r);
    let d: u32 = proofgate::interval(1, 10);
    let q = 1000 / d;
    assert(q >= 100);
    let v: Vec<u8> = vec![1, 2, 3, 4, 5];
    let i: usize = proofgate::interval(0, 4);
    assert(v[i] >= 1);
}
} // verus!
