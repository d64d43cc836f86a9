//@ no-verify
// Spec code may only call spec fns.
use vstd::prelude::*;

verus! {

fn exec_inc(x: u32) -> u32
    requires
        x < 10,
{
    x + 1
}

spec fn uses_exec(x: u32) -> bool {
    exec_inc(x) > 0 //~ ERROR cannot call function `err_mode_spec_calls_exec::exec_inc` with mode exec
}

fn main() {
}

} // verus!
