use vstd::prelude::*;

verus! {

// ISet (possibly infinite) cardinality: `len` is only known for finite sets, and only through what is built from
// the empty set by insert/remove (and finiteness through union/intersect/difference).

proof fn empty_len_false() {
    assert(ISet::<int>::empty().len() == 1); //~ ERROR assertion failed
}
proof fn empty_len_true() {
    assert(ISet::<int>::empty().len() == 0);
    assert(ISet::<int>::empty().finite());
}

proof fn full_len_false() {
    assert(ISet::<int>::full().len() == 0); //~ ERROR assertion failed
}
proof fn full_len_true() {
    assert(ISet::<int>::full().len() >= 0);
}

proof fn full_finite_false() {
    assert(ISet::<int>::full().finite()); //~ ERROR assertion failed
}
proof fn full_finite_true() {
    assert(ISet::<int>::full().contains(3));
}

proof fn insert_new_false(s: ISet<int>, a: int)
    requires s.finite(), !s.contains(a),
{
    assert(s.insert(a).len() == s.len()); //~ ERROR assertion failed
}
proof fn insert_new_true(s: ISet<int>, a: int)
    requires s.finite(), !s.contains(a),
{
    assert(s.insert(a).len() == s.len() + 1);
    assert(s.insert(a).finite());
}

proof fn insert_present_false(s: ISet<int>, a: int)
    requires s.finite(), s.contains(a),
{
    assert(s.insert(a).len() == s.len() + 1); //~ ERROR assertion failed
}
proof fn insert_present_true(s: ISet<int>, a: int)
    requires s.finite(), s.contains(a),
{
    assert(s.insert(a).len() == s.len());
}

// Without finiteness, inserting says nothing about len.
proof fn insert_infinite_false(s: ISet<int>, a: int)
    requires !s.contains(a),
{
    assert(s.insert(a).len() == s.len() + 1); //~ ERROR assertion failed
}
proof fn insert_infinite_true(s: ISet<int>, a: int)
    requires !s.contains(a),
{
    assert(s.insert(a).contains(a));
}

proof fn remove_false(s: ISet<int>, a: int)
    requires s.finite(), s.contains(a),
{
    assert(s.remove(a).len() == s.len()); //~ ERROR assertion failed
}
proof fn remove_true(s: ISet<int>, a: int)
    requires s.finite(), s.contains(a),
{
    assert(s.remove(a).len() + 1 == s.len());
    assert(s.remove(a).finite());
}

proof fn arbitrary_len_false(s: ISet<int>) {
    assert(s.len() > 0); //~ ERROR assertion failed
}
proof fn arbitrary_len_true(s: ISet<int>) {
    assert(s.len() >= 0);
}

proof fn arbitrary_finite_false(s: ISet<int>) {
    assert(s.finite()); //~ ERROR assertion failed
}
proof fn arbitrary_finite_true(s: ISet<int>)
    requires s.finite(),
{
    assert(s.remove(0).finite());
}

proof fn literal_len_false() {
    let s = ISet::<int>::empty().insert(1).insert(2).insert(1);
    assert(s.len() == 3); //~ ERROR assertion failed
}
proof fn literal_len_true() {
    let s = ISet::<int>::empty().insert(1).insert(2).insert(1);
    assert(s.len() == 2);
}

proof fn union_finite_false(a: ISet<int>, b: ISet<int>)
    requires a.finite(),
{
    assert(a.union(b).finite()); //~ ERROR assertion failed
}
proof fn union_finite_true(a: ISet<int>, b: ISet<int>)
    requires a.finite(), b.finite(),
{
    assert(a.union(b).finite());
    assert(a.intersect(ISet::full()).finite());
    assert(b.difference(a).finite());
}

proof fn difference_finite_false(a: ISet<int>, b: ISet<int>)
    requires b.finite(),
{
    assert(a.difference(b).finite()); //~ ERROR assertion failed
}
proof fn difference_finite_true(a: ISet<int>, b: ISet<int>)
    requires b.finite(),
{
    assert(a.difference(b).contains(1) ==> a.contains(1) && !b.contains(1));
}

proof fn nonempty_false(s: ISet<int>)
    requires s.finite(), s.len() == 0,
{
    assert(s.contains(5)); //~ ERROR assertion failed
}
proof fn nonempty_true(s: ISet<int>)
    requires s.finite(), s.len() != 0,
{
    assert(exists|x: int| s.contains(x));
}

proof fn equal_sets_false(s: ISet<int>, t: ISet<int>)
    requires s.finite(), s =~= t.insert(0),
{
    assert(s.len() == t.len()); //~ ERROR assertion failed
}
proof fn equal_sets_true(s: ISet<int>, t: ISet<int>)
    requires s.finite(), s =~= t,
{
    assert(t.len() == s.len() && t.finite());
}

} // verus!
