//@ no-verify
// Proof code cannot call exec fns.
use vstd::prelude::*;

verus! {

fn exec_id(x: u32) -> u32 {
    x
}

fn f(x: u32) {
    proof {
        let y = exec_id(x); //~ ERROR cannot call function `err_mode_proof_calls_exec::exec_id` with mode exec
    }
}

proof fn lemma(x: u32) {
    exec_id(x); //~ ERROR cannot call function `err_mode_proof_calls_exec::exec_id` with mode exec
}

fn main() {
}

} // verus!
