use vstd::prelude::*;

verus! {

proof fn union_false(a: Set<int>, b: Set<int>, x: int)
    requires a.contains(x),
    ensures b.contains(x), //~ ERROR postcondition not satisfied
{
    assert(a.union(b).contains(x));
}
proof fn union_true(a: Set<int>, b: Set<int>, x: int)
    requires a.contains(x),
    ensures a.union(b).contains(x), b.union(a).contains(x),
{
}

proof fn inter_false(a: Set<int>, b: Set<int>, x: int)
    requires a.contains(x),
    ensures a.intersect(b).contains(x), //~ ERROR postcondition not satisfied
{
}
proof fn inter_true(a: Set<int>, b: Set<int>, x: int)
    requires a.contains(x), b.contains(x),
    ensures a.intersect(b).contains(x),
{
}

proof fn subset_false(a: Set<int>, b: Set<int>)
    ensures a.subset_of(a.intersect(b)), //~ ERROR postcondition not satisfied
{
}
proof fn subset_true(a: Set<int>, b: Set<int>)
    ensures a.intersect(b).subset_of(a),
{
    assert(a.intersect(b).intersect(a) =~= a.intersect(b));
}

proof fn union_ext_false(a: Set<int>, b: Set<int>)
    ensures a.union(b) == a, //~ ERROR postcondition not satisfied
{
}
proof fn union_ext_true(a: Set<int>, b: Set<int>)
    ensures a.union(b) == b.union(a),
{
    assert(a.union(b) =~= b.union(a));
}

fn main() {
}

} // verus!
