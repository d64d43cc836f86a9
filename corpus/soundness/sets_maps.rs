use vstd::prelude::*;

verus! {

proof fn set_insert_false(s: Set<int>, x: int, y: int)
    ensures s.insert(x).contains(y), //~ ERROR postcondition not satisfied
{
}
proof fn set_insert_true(s: Set<int>, x: int, y: int)
    requires s.contains(y),
    ensures s.insert(x).contains(y), s.insert(x).contains(x),
{
}

proof fn set_remove_false(s: Set<int>, x: int)
    ensures s.remove(x).contains(x), //~ ERROR postcondition not satisfied
{
}
proof fn set_remove_true(s: Set<int>, x: int)
    ensures !s.remove(x).contains(x),
{
}

proof fn set_empty_false(x: u8)
    ensures Set::<u8>::empty().insert(1).contains(x), //~ ERROR postcondition not satisfied
{
}
proof fn set_empty_true(x: u8)
    ensures !Set::<u8>::empty().contains(x),
{
}

proof fn map_insert_false(m: Map<int, int>, k: int)
    ensures m.insert(k, 5)[k] == 6, //~ ERROR postcondition not satisfied
{
}
proof fn map_insert_true(m: Map<int, int>, k: int)
    ensures m.insert(k, 5)[k] == 5, m.insert(k, 5).dom().contains(k),
{
}

proof fn map_other_false(m: Map<int, int>, k: int, j: int)
    requires m.dom().contains(j),
    ensures m.insert(k, 5)[j] == m[j], //~ ERROR postcondition not satisfied
{
}
proof fn map_other_true(m: Map<int, int>, k: int, j: int)
    requires m.dom().contains(j), k != j,
    ensures m.insert(k, 5)[j] == m[j],
{
}

proof fn map_remove_false(m: Map<int, int>, k: int)
    ensures m.remove(k).dom().contains(k), //~ ERROR postcondition not satisfied
{
}
proof fn map_remove_true(m: Map<int, int>, k: int)
    ensures !m.remove(k).dom().contains(k),
{
}

proof fn set_ext_false(a: Set<int>, b: Set<int>)
    requires forall|x: int| a.contains(x) ==> b.contains(x),
    ensures a == b, //~ ERROR postcondition not satisfied
{
}
proof fn set_ext_true(a: Set<int>, b: Set<int>)
    requires forall|x: int| a.contains(x) <==> b.contains(x),
    ensures a == b,
{
}

fn main() {
}

} // verus!
