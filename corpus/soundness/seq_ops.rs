use vstd::prelude::*;

verus! {

proof fn take_false(s: Seq<int>)
    requires s.len() >= 3,
    ensures s.take(2).len() == 3, //~ ERROR postcondition not satisfied
{
}
proof fn take_true(s: Seq<int>)
    requires s.len() >= 3,
    ensures s.take(2).len() == 2, s.take(2)[1] == s[1],
{
}

proof fn skip_false(s: Seq<int>)
    requires s.len() >= 3,
    ensures s.skip(1)[0] == s[0], //~ ERROR postcondition not satisfied
{
}
proof fn skip_true(s: Seq<int>)
    requires s.len() >= 3,
    ensures s.skip(1)[0] == s[1], s.skip(1).len() == s.len() - 1,
{
}

proof fn drop_last_false(s: Seq<int>)
    requires s.len() > 0,
    ensures s.drop_last().len() == s.len(), //~ ERROR postcondition not satisfied
{
}
proof fn drop_last_true(s: Seq<int>)
    requires s.len() > 0,
    ensures s.drop_last().len() == s.len() - 1,
{
}

proof fn first_last_false(s: Seq<int>)
    requires s.len() > 1,
    ensures s.first() == s.last(), //~ ERROR postcondition not satisfied
{
}
proof fn first_last_true(s: Seq<int>)
    requires s.len() == 1,
    ensures s.first() == s.last(),
{
}

proof fn push_drop_false(s: Seq<int>)
    ensures s.push(1).drop_last() == s.push(2), //~ ERROR postcondition not satisfied
{
}
proof fn push_drop_true(s: Seq<int>)
    ensures s.push(1).drop_last() == s,
{
    assert(s.push(1).drop_last() =~= s);
}

proof fn empty_false()
    ensures Seq::<int>::empty().len() == 1, //~ ERROR postcondition not satisfied
{
}
proof fn empty_true()
    ensures Seq::<int>::empty().len() == 0,
{
}

fn vec_view_false(v: &Vec<u32>)
    requires v.len() == 2, v[0] == 1,
{
    assert(v@ == seq![1u32, 1]); //~ ERROR assertion failed
}
fn vec_view_true(v: &Vec<u32>)
    requires v.len() == 2, v@[0] == 1, v@[1] == 5,
{
    assert(v@ =~= seq![1u32, 5]);
}

fn main() {
}

} // verus!
