use vstd::prelude::*;

verus! {

spec fn f(i: int) -> int;

proof fn p()
    requires exists|i: int| 0 <= i && #[trigger] f(i) == 7,
{
    let i = choose|i: int| 0 <= i && #[trigger] f(i) == 7;
    assert(i > 0); //~ ERROR assertion failed
}

proof fn q(s: Seq<int>)
    requires s.len() > 2, s[2] == 5,
{
    let j = choose|i: int| 0 <= i < s.len() && s[i] == 5;
    assert(j == 2); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
