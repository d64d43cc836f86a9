use vstd::prelude::*;

verus! {

// Two broadcast lemmas proved from each other prove `false`. A lemma never relies on
// itself through a chain of broadcast uses: the cycle is reported, and the later lemma's
// proof does not get the earlier one (which already relies on it).
spec fn p(x: int) -> bool { x != x }
spec fn q(x: int) -> bool { p(x) }

broadcast proof fn a(x: int) //~ ERROR found a cyclic self-reference in a definition, which may result in nontermination
    ensures #[trigger] p(x),
{
    assert(q(x));
}

broadcast proof fn b(x: int) //~ ERROR found a cyclic self-reference in a definition, which may result in nontermination
    ensures #[trigger] q(x),
{
    assert(p(x)); //~ ERROR assertion failed
}

broadcast use a, b;

proof fn use_them()
{
    assert(p(1));
}

fn main() {
}

} // verus!
