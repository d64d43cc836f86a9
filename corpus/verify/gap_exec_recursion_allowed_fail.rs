use vstd::prelude::*;

verus! {

// the attribute lifts the termination proof only: contracts are still checked
#[verifier::exec_allows_no_decreases_clause]
fn down(x: u64) -> (r: u64)
    ensures r == 0, //~ ERROR postcondition not satisfied
{
    if x == 0 { 1 } else { down(x - 1) }
}

// a decreases clause that is given is checked
#[verifier::exec_allows_no_decreases_clause]
fn measured(x: u64) -> u64
    decreases x,
{
    if x == 0 { 0 } else { measured(x) } //~ ERROR could not prove termination
}

// proof fns always need a termination proof
#[verifier::exec_allows_no_decreases_clause]
proof fn lemma(x: nat)
    decreases x,
{
    lemma(x); //~ ERROR could not prove termination
}

fn main() {
}

} // verus!
