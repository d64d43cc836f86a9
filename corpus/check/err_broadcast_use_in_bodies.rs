//@ no-verify
use vstd::prelude::*;

verus! {

spec fn f(x: int) -> int;

#[verifier::external_body]
pub broadcast proof fn lemma_f(x: int)
    ensures #[trigger] f(x) == 1,
{
}

// a group's member that does not resolve is reported once, however many bodies use the group
pub broadcast group group_f {
    lemma_f,
    lemma_missing, //~ ERROR cannot find `lemma_missing` in this scope
}

proof fn one(y: int) {
    broadcast use group_f;
}

proof fn two(y: int) {
    broadcast use group_f;
}

proof fn three(y: int) {
    broadcast use no_such_group; //~ ERROR cannot find `no_such_group` in this scope
}

fn main() {
}

} // verus!
