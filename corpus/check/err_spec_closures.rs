//@ no-verify
// Spec closures: their types, arities and modes are checked. Exec closures are typed too (not
// supported only when verifying: corpus/verify/exec_closures_unsupported.rs).
use vstd::prelude::*;

verus! {

fn exec_closure(x: u64) -> u64 {
    let f = |y: u64| y + 1;
    x
}

fn exec_applies(f: spec_fn(int) -> int) -> int {
    f(1) //~ ERROR cannot call function `spec_fn` with mode spec
}

proof fn arity() {
    let s = Seq::new(3, |i: int, j: int| i); //~ ERROR closure is expected to take 1 argument, but it takes 2 arguments
}

proof fn wrong_argument(f: spec_fn(int) -> bool) {
    assert(f(true)); //~ ERROR mismatched types
}

proof fn wrong_count(f: spec_fn(int) -> bool) {
    assert(f(1, 2)); //~ ERROR this function takes 1 argument but 2 arguments were supplied
}

proof fn wrong_result() {
    let s: Seq<bool> = Seq::new(3, |i: int| i); //~ ERROR mismatched types
}

proof fn ok_inferred() {
    let s = Seq::new(3, |i| i * 3);
    let t = s.map(|i, x| x + i);
    let u = ISet::new(|x: int| x > 0).filter(|x| x < 10);
}

proof fn ok_typed_params(f: spec_fn(int, int) -> bool, g: spec_fn(u8) -> Seq<int>) {
    let b: bool = f(1, 2);
    let s: Seq<int> = g(3u8);
}

proof fn proof_closure() {
    let f = proof |x: int| -> (r: int) ensures r == x { x }; //~ ERROR not supported: proof closures
}

} // verus!
