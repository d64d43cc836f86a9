use vstd::prelude::*;

verus! {

// An ISet is not known to be finite: its len says nothing.

proof fn iset_len(s: ISet<int>, a: int)
    requires !s.contains(a),
{
    assert(s.insert(a).len() == s.len() + 1); //~ ERROR assertion failed
}

proof fn iset_finite(s: ISet<int>) {
    assert(s.finite()); //~ ERROR assertion failed
}

proof fn full_not_finite() {
    assert(ISet::<int>::full().finite()); //~ ERROR assertion failed
}

// Set::full() of an infinite type is not known to be Some
proof fn set_full_none() {
    assert(Set::<int>::full() is Some); //~ ERROR assertion failed
}

// recursion on an ISet's len: no decrease is known
spec fn count(s: ISet<int>) -> nat
    decreases s.len(),
{
    if s.len() == 0 { 0 } else { 1 + count(s.remove(s.choose())) } //~ ERROR could not prove termination
}

} // verus!
