use vstd::prelude::*;

verus! {

proof fn insert_remove(m: Map<int, int>)
    requires !m.dom().contains(1),
{
    assert(m.insert(1, 5).remove(1) =~= m);
    assert(m.insert(1, 5).remove(1) == m);
}

proof fn overwrite(m: Map<int, int>) {
    assert(m.insert(1, 5).insert(1, 6) =~= m.insert(1, 6));
}

proof fn removed_values_invisible() {
    let a = Map::<int, int>::empty().insert(1, 5).remove(1);
    let b = Map::<int, int>::empty().insert(1, 6).remove(1);
    assert(a =~= b);
    assert(a == b);
    assert(a =~= Map::<int, int>::empty());
    assert(a == Map::<int, int>::empty());
}

proof fn ext_then_eq(a: Map<int, int>, b: Map<int, int>)
    requires a.dom() =~= b.dom(),
             forall|k: int| a.dom().contains(k) ==> #[trigger] a[k] == b[k],
{
    assert(a =~= b);
    assert(a == b);
}

proof fn eq_is_congruent(a: Map<int, int>, b: Map<int, int>)
    requires a == b, a.dom().contains(3),
{
    assert(b.dom().contains(3));
    assert(a[3] == b[3]);
    assert(a =~= b);
}

proof fn commute() {
    let a = Map::<int, int>::empty().insert(1, 10).insert(2, 20);
    let b = Map::<int, int>::empty().insert(2, 20).insert(1, 10);
    assert(a =~= b);
    assert(a[1] == 10 && b[2] == 20);
}

fn main() {
}

} // verus!
