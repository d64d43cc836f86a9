// A recursive spec fn over a multiset terminates by its length: the termination check may
// use the broadcast lemmas in force (here vstd's default multiset axioms), as in Verus.
use vstd::prelude::*;
use vstd::multiset::*;

verus! {

pub open spec fn total(s: Multiset<nat>) -> nat
    decreases s.len(),
{
    if s.len() > 0 {
        let e = s.choose();
        e + total(s.remove(e))
    } else {
        0
    }
}

pub open spec fn grows(s: Multiset<nat>) -> nat
    decreases s.len(),
{
    if s.len() > 0 {
        let e = s.choose();
        e + grows(s.insert(e)) //~ ERROR could not prove termination
    } else {
        0
    }
}

pub open spec fn removes_maybe_absent(s: Multiset<nat>, v: nat) -> nat
    decreases s.len(),
{
    if s.len() > 0 {
        removes_maybe_absent(s.remove(v), v) //~ ERROR could not prove termination
    } else {
        0
    }
}

proof fn total_of_empty() {
    assert(total(Multiset::empty()) == 0);
}

proof fn total_of_empty_false() {
    assert(total(Multiset::empty()) == 1); //~ ERROR assertion failed
}

} // verus!
