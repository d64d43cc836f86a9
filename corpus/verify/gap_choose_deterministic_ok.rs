use vstd::prelude::*;

verus! {

// Verus's choose is a function of its body: the same choose is the same value everywhere.
spec fn p(x: int) -> bool;

proof fn needs(s: Seq<int>)
    requires p(choose|i: int| 0 <= i < s.len() && s[i] == 7),
{
}

proof fn caller(s: Seq<int>)
    requires p(choose|i: int| 0 <= i < s.len() && s[i] == 7),
{
    needs(s);
}

proof fn same(s: Seq<int>) {
    let a = choose|i: int| 0 <= i < s.len() && s[i] == 7;
    let b = choose|i: int| 0 <= i < s.len() && s[i] == 7;
    assert(a == b);
}

spec fn pick() -> int {
    choose|x: int| x > 5
}

proof fn through_spec_fn() {
    assert(pick() == pick());
}

fn main() {
}

} // verus!
