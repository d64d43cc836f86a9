use vstd::prelude::*;

verus! {

// vstd's `Set` is finite by construction, `ISet` possibly infinite. Every `Set` value is
// assumed finite, which is only sound if no infinite `Set` can be built: these claims try to.

// Every finite set of integers has an upper bound (by induction on its size).
proof fn bound(s: Set<int>) -> (b: int)
    ensures forall|x: int| s.contains(x) ==> x < b,
    decreases s.len(),
{
    if s.len() == 0 {
        0
    } else {
        let a = s.choose();
        let b0 = bound(s.remove(a));
        if b0 > a + 1 { b0 } else { a + 1 }
    }
}

// So no Set holds every integer; an ISet can.
proof fn all_ints_false(s: ISet<int>)
    requires forall|i: int| s.contains(i),
{
    assert(false); //~ ERROR assertion failed
}
proof fn all_ints_true(s: Set<int>)
    requires forall|i: int| s.contains(i),
{
    let b = bound(s);
    assert(s.contains(b));
    assert(false);
}

// `Set::full()` at an infinite type is not a set: it is not known to be `Some`, and its unwrap
// is an arbitrary (finite) set, not the full one.
proof fn set_full_false() {
    assert(Set::<int>::full().unwrap().contains(0)); //~ ERROR assertion failed
}
proof fn set_full_true() {
    assert(Set::<int>::full() is Some ==> Set::<int>::full().unwrap().contains(0));
}

// ... and assuming it is `Some` still gives no contradiction by itself
proof fn set_full_some_false() {
    assume(Set::<int>::full() is Some);
    assert(false); //~ ERROR assertion failed
}
proof fn set_full_some_true() {
    assume(Set::<int>::full() is Some);
    let s = Set::<int>::full().unwrap();
    let b = bound(s);
    assert(s.contains(b));
    assert(false);
}

// `Set::new` of an infinite predicate
proof fn set_new_infinite_false() {
    let s = Set::new(|x: int| x >= 0).unwrap();
    assert(s.contains(1)); //~ ERROR assertion failed
}
proof fn set_new_infinite_true() {
    let o = Set::new(|x: int| x >= 0);
    assert(o is Some ==> o.unwrap().contains(1));
}

// an ISet converted to a Set: only when finite
proof fn to_set_false() {
    let s = ISet::<int>::full().to_set().unwrap();
    assert(s.contains(5)); //~ ERROR assertion failed
}
proof fn to_set_true() {
    let s = ISet::<int>::empty().insert(5).to_set().unwrap();
    assert(s.contains(5));
    assert(s.len() == 1);
}

// an infinite IMap domain is not finite; its len says nothing
proof fn imap_dom_finite_false() {
    let m = IMap::new(|k: int| true, |k: int| k);
    assert(m.dom().finite()); //~ ERROR assertion failed
}
proof fn imap_dom_finite_true() {
    let m = IMap::<int, int>::empty().insert(1, 2);
    assert(m.dom().finite());
    assert(m.len() == 1);
}

proof fn imap_len_false() {
    let m = IMap::new(|k: int| true, |k: int| k);
    assert(m.len() == m.remove(0).len() + 1); //~ ERROR assertion failed
}
proof fn imap_len_true(m: Map<int, int>) {
    assert(m.dom().contains(0) ==> m.len() == m.remove(0).len() + 1);
}

// a Map's domain is finite: a Map with every integer key is impossible, an IMap's is not
proof fn map_all_keys_false(m: IMap<int, int>)
    requires forall|k: int| m.dom().contains(k),
{
    assert(false); //~ ERROR assertion failed
}
proof fn map_all_keys_true(m: Map<int, int>)
    requires forall|k: int| m.dom().contains(k),
{
    let b = bound(m.dom());
    assert(m.dom().contains(b));
    assert(false);
}

// a set of all the values of a spec_fn's results is finite only if built from a finite set
proof fn map_image_false(s: ISet<int>) {
    assert(s.map(|x: int| x + 1).finite()); //~ ERROR assertion failed
}
proof fn map_image_true(s: Set<int>) {
    assert(s.map(|x: int| x + 1).finite());
    assert(s.to_iset().map(|x: int| x + 1).finite());
}

// a generic struct at Set and at ISet (one solver datatype): each field's own type decides
struct Wrap<S> { s: S }

proof fn generic_field_false(w: Wrap<Set<int>>, v: Wrap<ISet<int>>) {
    assert(v.s.finite()); //~ ERROR assertion failed
}
proof fn generic_field_true(w: Wrap<Set<int>>, v: Wrap<ISet<int>>) {
    assert(w.s.finite());
    assert(v.s.insert(1).contains(1));
}

// a generic spec fn at Set and at ISet
spec fn same<S>(s: S) -> S { s }

proof fn generic_fn_false(x: Set<int>) {
    assert(same(x).finite());
    assert(same(ISet::<int>::full()).finite()); //~ ERROR assertion failed
}
proof fn generic_fn_true(x: Set<int>) {
    assert(same(x).finite());
    assert(same(ISet::<int>::full()).contains(0));
}

} // verus!
