// An interval harness is verified for every value of its inputs: a run-time error reachable
// at any point of a range, or a claim false at one value, is an error.
use vstd::prelude::*;
verus! {
#[test]
fn double_harness() {
    let x: u8 = proofgate::interval(0, 128);
    let y = x * 2; //~ ERROR possible arithmetic underflow/overflow
}
#[test]
fn divide_harness() {
    let d: u32 = proofgate::interval(0, 10);
    let q = 1000 / d; //~ ERROR possible division by zero
}
#[test]
fn index_harness() {
    let v: Vec<u8> = vec![1, 2, 3, 4, 5];
    let i: usize = proofgate::interval(0, 5);
    let e = v[i]; //~ ERROR precondition not satisfied
}
#[test]
fn claim_harness() {
    let x: u16 = proofgate::interval(10, 20);
    assert(x >= 10);
    assert(x < 20); //~ ERROR assertion failed
}
} // verus!
