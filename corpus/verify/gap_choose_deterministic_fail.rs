use vstd::prelude::*;

verus! {

spec fn p(x: int) -> bool;

proof fn needs(s: Seq<int>)
    requires p(choose|i: int| 0 <= i < s.len() && s[i] == 7),
{
}

// a different body is a different choice
proof fn caller(s: Seq<int>)
    requires p(choose|i: int| 0 <= i < s.len() && s[i] == 8),
{
    needs(s); //~ ERROR precondition not satisfied
}

proof fn differ(s: Seq<int>) {
    let a = choose|i: int| 0 <= i < s.len() && s[i] == 7;
    let b = choose|i: int| 0 <= i < s.len() && s[i] == 8;
    assert(a == b); //~ ERROR assertion failed
}

// the same body over another sequence
proof fn other_seq(s: Seq<int>, t: Seq<int>) {
    let a = choose|i: int| 0 <= i < s.len() && s[i] == 7;
    let b = choose|i: int| 0 <= i < t.len() && t[i] == 7;
    assert(a == b); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
