use vstd::prelude::*;

verus! {

// vstd's `Set` is finite by construction: `len` and the len lemmas need no `finite()`.

proof fn len_without_finite(s: Set<int>, a: int)
    requires !s.contains(a),
    ensures s.insert(a).len() == s.len() + 1,
{
}

proof fn finite_is_true(s: Set<int>) {
    assert(s.finite());
    assert(s.union(s.insert(1)).finite());
}

proof fn disjoint_lens(a: Set<int>, b: Set<int>)
    requires a.disjoint(b),
    ensures a.union(b).len() == a.len() + b.len(),
{
    vstd::set_lib::lemma_set_disjoint_lens(a, b);
}

proof fn subset_len(a: Set<int>, b: Set<int>)
    requires a.subset_of(b),
    ensures a.len() <= b.len(),
{
    vstd::set_lib::lemma_len_subset(a, b);
}

// recursion on a set's size terminates without a finiteness premise
spec fn count(s: Set<int>) -> nat
    decreases s.len(),
{
    if s.len() == 0 { 0 } else { 1 + count(s.remove(s.choose())) }
}

proof fn nonempty_has_element(s: Set<int>)
    requires s.len() > 0,
    ensures exists|x: int| s.contains(x),
{
    assert(s.contains(s.choose()));
}

// fields, sequence elements and map domains are finite too
struct Holder { s: Set<u8>, m: Map<int, bool> }

proof fn field_sets(h: Holder, k: int)
    requires h.m.dom().contains(k),
{
    assert(h.s.insert(0).len() <= h.s.len() + 1);
    assert(h.m.dom().len() > 0);
    assert(h.m.len() == h.m.dom().len());
}

// Set::new gives `Some` of a set only when it is finite; Map::new takes its domain as a Set
proof fn set_new_some(s: Set<int>) {
    let o = Set::new(|x: int| s.contains(x));
    if o is Some {
        assert(o.unwrap().len() >= 0);
    }
}

proof fn map_new_over_set() {
    let m = Map::new(set![1int, 2int], |k: int| k * 10);
    assert(m.dom().contains(2) && m[2] == 20);
    assert(m.len() == 2);
}

// conversions: a Set is an ISet with the same elements, and is finite as one
proof fn to_iset(s: Set<int>) {
    let i = s.to_iset();
    assert(i.finite());
    assert(i.len() == s.len());
    assert(i.to_set() == Option::Some(s));
}

// an ISet may be infinite: everything of the old possibly-infinite theory
proof fn iset_full() {
    let f = ISet::<int>::full();
    assert(f.contains(7));
    assert(f.remove(7).insert(7) =~= f);
    let m = IMap::new(|k: int| true, |k: int| k + 1);
    assert(m.dom() =~= ISet::full());
    assert(m[4] == 5);
}

} // verus!
