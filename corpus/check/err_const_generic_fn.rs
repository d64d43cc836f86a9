//@ no-verify
// Const generic parameters of fns: read-only, of an integer, `bool` or `char` type, given by the
// turbofish at each call or inferred from the arguments' types.
use vstd::prelude::*;

verus! {

fn takes<const N: u8>(x: u8) -> u8 {
    x
}

fn assigns<const N: u8>() {
    N = 3; //~ ERROR cannot assign twice to immutable variable `N`
}

spec fn unbounded<const K: int>() -> int { //~ ERROR `int` is forbidden as the type of a const generic parameter
    K
}

spec fn sp<const K: u64>() -> int {
    K
}

fn caller() {
    let a = takes(1); //~ ERROR type annotations needed
    let b = takes::<u8, 3>(1); //~ ERROR function takes 1 generic argument but 2 generic arguments were supplied
    let c = takes::<300>(1); //~ ERROR literal out of range for `u8`
    let d = takes::<{ 1 + 2 }>(1, 2); //~ ERROR this function takes 1 argument but 2 arguments were supplied
    let x = sp::<3>(); //~ ERROR cannot call spec function from exec mode
}

fn main() {
}

} // verus!
