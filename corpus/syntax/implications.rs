//@ no-verify
// ==> is right-associative and looser than ||; <== and <==> too.
use vstd::prelude::*;

verus! {

spec fn f(a: bool, b: bool, c: bool) -> bool {
    (a ==> b ==> c) && (a <== b) && (a || b ==> c) && ((a <==> b) == (b <==> a))
}

proof fn implies_chain(a: bool, b: bool)
    requires
        a ==> b,
        a,
    ensures
        b,
{
}

fn main() {
}

} // verus!
