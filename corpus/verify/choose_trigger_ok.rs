use vstd::prelude::*;

verus! {

spec fn f(i: int) -> int;

proof fn p()
    requires exists|i: int| 0 <= i && #[trigger] f(i) == 7,
{
    let i = choose|i: int| 0 <= i && #[trigger] f(i) == 7;
    assert(f(i) == 7);
    assert(i >= 0);
}

proof fn q(s: Seq<int>)
    requires s.len() > 2, s[2] == 5,
{
    // the witness is found through the choose axiom's trigger s[i]
    let j = choose|i: int| 0 <= i < s.len() && s[i] == 5;
    assert(s[j] == 5);
}

fn main() {
}

} // verus!
