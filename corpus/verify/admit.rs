// Verus's `admit()`: `assume(false)` in call form. What follows it holds vacuously (as after
// `assume(false)`); what precedes it is still checked; it is proof code only.
use vstd::prelude::*;

verus! {

proof fn admitted_lemma(x: int)
    ensures x > x + 1,
{
    admit();
}

proof fn checked_before_admit(x: int)
    requires x > 0,
    ensures false,
{
    assert(x > 1); //~ ERROR assertion failed
    admit();
}

fn exec_with_admit_in_proof(x: u64) -> (r: u64)
    ensures r == x + 1,
{
    proof { admit(); }
    x
}

spec fn spec_admit() -> bool {
    admit(); //~ ERROR cannot call function `admit` with mode proof
    true
}

fn exec_admit_outside_proof(x: u64) {
    admit(); //~ ERROR cannot call function `admit` with mode proof: cannot call proof function from exec mode
}

proof fn admit_takes_no_arguments() {
    admit(true); //~ ERROR this function takes 0 arguments but 1 argument was supplied
}

fn main() {
}

} // verus!
