use vstd::prelude::*;

verus! {

proof fn literal() {
    assert(seq![1int, 2, 3].contains(2));
    assert(!seq![1int, 2, 3].contains(4));
    assert(!Seq::<int>::empty().contains(0));
}

proof fn pushed(s: Seq<int>, x: int) {
    assert(s.push(x).contains(x));
    assert(s.contains(7) ==> s.push(x).contains(7));
    assert(s.push(x).contains(7) ==> s.contains(7) || x == 7);
}

proof fn indexed(s: Seq<int>, i: int)
    requires 0 <= i < s.len(),
{
    assert(s.contains(s[i]));
    assert(s.update(i, 9).contains(9));
}

proof fn concat(s: Seq<int>, t: Seq<int>)
    requires t.contains(5),
{
    assert((s + t).contains(5));
}

proof fn witness(s: Seq<int>)
    requires s.contains(5),
{
    let i = choose|i: int| 0 <= i < s.len() && s[i] == 5;
    assert(s[i] == 5);
}

fn vec_push(v: &mut Vec<u64>, x: u64)
    requires old(v).len() < 100,
    ensures v@.contains(x),
{
    v.push(x);
}

proof fn quantified(s: Seq<int>)
    requires forall|x: int| #[trigger] s.contains(x) ==> x > 0,
             s.len() > 0,
{
    assert(s.contains(s[0])); // instantiates the forall through its trigger
    assert(s[0] > 0);
}

fn main() {
}

} // verus!
