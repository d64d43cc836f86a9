//@ no-verify
// Seq operations in spec code.
use vstd::prelude::*;

verus! {

spec fn first_two(s: Seq<u64>) -> Seq<u64> {
    s.subrange(0, 2)
}

proof fn seq_facts(s: Seq<u64>)
    requires
        s.len() > 3,
{
    let t = s.push(5);
    assert(t.len() == s.len() + 1);
    assert(t[t.len() - 1] == 5);
    let u = s.update(0, 9);
    assert(u[0] == 9);
    assert(s.take(2).len() == 2);
    assert(s.skip(1).len() == s.len() - 1);
    assert(s.drop_last().len() == s.len() - 1);
    assert(s.last() == s[s.len() - 1]);
    assert(s.first() == s[0]);
    let e = Seq::<u64>::empty();
    assert(e.len() == 0);
    let w = s + e;
    assert(w =~= s);
    let lit = seq![1u64, 2, 3];
    assert(lit.len() == 3);
    assert(lit.contains(2));
    assert(first_two(s).len() == 2);
}

fn main() {
}

} // verus!
