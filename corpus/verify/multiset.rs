// vstd's Multiset (lib/vstd/multiset.rs): an opaque type known through its axioms, in force
// by default as in vstd (group_multiset_axioms). True claims verify, false ones fail.
use vstd::prelude::*;
use vstd::multiset::*;

verus! {

proof fn insert_count_true(m: Multiset<int>, v: int) {
    assert(m.insert(v).count(v) == m.count(v) + 1);
}
proof fn insert_count_false(m: Multiset<int>, v: int) {
    assert(m.insert(v).count(v) == m.count(v) + 2); //~ ERROR assertion failed
}

proof fn insert_len_true(m: Multiset<u8>, v: u8) {
    assert(m.insert(v).len() == m.len() + 1);
    assert(m.insert(v).insert(v).len() == m.len() + 2);
}
proof fn insert_len_false(m: Multiset<u8>, v: u8) {
    assert(m.insert(v).len() == m.len()); //~ ERROR assertion failed
}

proof fn ext_equal_true(v: int, w: int) {
    let a = Multiset::<int>::empty().insert(v).insert(w);
    let b = Multiset::<int>::empty().insert(w).insert(v);
    assert(a =~= b);
    assert(a == b);
    assert(Multiset::<int>::singleton(v).insert(w) == Multiset::<int>::singleton(w).add(Multiset::singleton(v)));
}
proof fn ext_equal_false(v: int) {
    let a = Multiset::<int>::empty().insert(v);
    let b = Multiset::<int>::empty().insert(v).insert(v);
    assert(a == b); //~ ERROR assertion failed
}

proof fn singletons_true(v: int) {
    assert(Multiset::singleton(v) == Multiset::<int>::empty().insert(v));
}
proof fn singletons_false() {
    assert(Multiset::<int>::singleton(1) == Multiset::<int>::singleton(2)); //~ ERROR assertion failed
}
proof fn singletons_false_unknown(v: int, w: int) {
    assert(Multiset::<int>::singleton(v) == Multiset::<int>::singleton(w)); //~ ERROR assertion failed
}

proof fn remove_true(m: Multiset<int>, v: int)
    requires m.contains(v),
{
    assert(m.remove(v).insert(v) =~= m);
    assert(m.remove(v).len() + 1 == m.len());
}
proof fn remove_false(m: Multiset<int>, v: int) {
    // v need not be in m: removing it then changes nothing
    assert(m.remove(v).len() + 1 == m.len()); //~ ERROR assertion failed
}

proof fn sub_le_true(m: Multiset<int>, n: Multiset<int>) {
    assert(m.sub(n).subset_of(m));
    assert(m.subset_of(m.add(n)));
}
proof fn sub_le_false(m: Multiset<int>, n: Multiset<int>) {
    assert(m.subset_of(m.sub(n))); //~ ERROR assertion failed
}

proof fn choose_true(m: Multiset<int>)
    requires m.len() > 0,
{
    assert(m.contains(m.choose()));
}
proof fn choose_false(m: Multiset<int>) {
    assert(m.contains(m.choose())); //~ ERROR assertion failed
}

proof fn empty_true(v: int) {
    assert(!Multiset::<int>::empty().contains(v));
    assert(Multiset::<int>::empty().len() == 0);
}
proof fn count_le_len_false(m: Multiset<int>, v: int) {
    assert(m.count(v) < m.len()); //~ ERROR assertion failed
}

proof fn filter_true(m: Multiset<int>) {
    let f = |x: int| x > 0;
    assert(m.filter(f).count(-1) == 0);
    assert(m.filter(f).count(5) == m.count(5));
}
proof fn filter_false(m: Multiset<int>) {
    let f = |x: int| x > 0;
    assert(m.filter(f).count(5) == 0); //~ ERROR assertion failed
}

proof fn from_map_true() {
    let m = Map::<int, nat>::empty().insert(1, 3);
    assert(m.dom().finite());
    assert(Multiset::from_map(m).count(1) == 3);
    assert(Multiset::from_map(m).count(2) == 0);
}
proof fn from_map_false() {
    let m = Map::<int, nat>::empty().insert(1, 3);
    assert(m.dom().finite());
    assert(Multiset::from_map(m).count(1) == 2); //~ ERROR assertion failed
}

proof fn generic_true<T>(m: Multiset<T>, v: T) {
    assert(m.insert(v).count(v) == m.count(v) + 1);
    assert(m.insert(v).len() == m.len() + 1);
}
proof fn generic_false<T>(m: Multiset<T>, v: T, w: T) {
    assert(m.insert(v).count(w) == m.count(w) + 1); //~ ERROR assertion failed
}

proof fn singleton_lemma_true(s: Multiset<int>)
    requires s.len() == 1,
{
    Multiset::lemma_is_singleton(s);
    assert(s.is_singleton());
}

} // verus!
