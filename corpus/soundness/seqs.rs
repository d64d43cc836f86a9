use vstd::prelude::*;

verus! {

proof fn seq_push_false(s: Seq<int>, x: int)
    ensures s.push(x).len() == s.len(), //~ ERROR postcondition not satisfied
{
}
proof fn seq_push_true(s: Seq<int>, x: int)
    ensures s.push(x).len() == s.len() + 1, s.push(x)[s.len() as int] == x,
{
}

proof fn seq_update_false(s: Seq<u8>, i: int)
    requires 0 <= i < s.len(),
    ensures s.update(i, 3)[0] == 3, //~ ERROR postcondition not satisfied
{
}
proof fn seq_update_true(s: Seq<u8>, i: int)
    requires 0 <= i < s.len(),
    ensures s.update(i, 3)[i] == 3, s.update(i, 3).len() == s.len(),
{
}

proof fn seq_subrange_false(s: Seq<int>)
    requires s.len() == 5,
    ensures s.subrange(1, 3).len() == 3, //~ ERROR postcondition not satisfied
{
}
proof fn seq_subrange_true(s: Seq<int>)
    requires s.len() == 5,
    ensures s.subrange(1, 3).len() == 2, s.subrange(1, 3)[0] == s[1],
{
}

proof fn seq_concat_false(a: Seq<int>, b: Seq<int>)
    requires a.len() == 2, b.len() == 1,
    ensures (a + b)[2] == a[1], //~ ERROR postcondition not satisfied
{
}
proof fn seq_concat_true(a: Seq<int>, b: Seq<int>)
    requires a.len() == 2, b.len() == 1,
    ensures (a + b)[2] == b[0], (a + b).len() == 3,
{
}

proof fn seq_ext_false(a: Seq<int>, b: Seq<int>)
    requires a.len() == b.len(),
    ensures a == b, //~ ERROR postcondition not satisfied
{
}
proof fn seq_ext_true(a: Seq<int>, b: Seq<int>)
    requires a.len() == b.len(), forall|i: int| 0 <= i < a.len() ==> #[trigger] a[i] == b[i],
    ensures a == b,
{
    assert(a =~= b);
}

proof fn seq_contains_false(s: Seq<int>)
    requires s.len() > 0,
    ensures s.contains(0), //~ ERROR postcondition not satisfied
{
}
proof fn seq_contains_true(s: Seq<int>)
    requires s.len() > 0, s[0] == 0,
    ensures s.contains(0),
{
}

proof fn seq_lit_false()
    ensures seq![1int, 2, 3][1] == 1, //~ ERROR postcondition not satisfied
{
}
proof fn seq_lit_true()
    ensures seq![1int, 2, 3][1] == 2, seq![1int, 2, 3].len() == 3,
{
}

fn main() {
}

} // verus!
