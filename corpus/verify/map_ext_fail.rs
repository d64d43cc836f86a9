use vstd::prelude::*;

verus! {

// both maps are empty: values left behind by `remove` must not tell them apart
proof fn removed_values_invisible() {
    let a = Map::<int, int>::empty().insert(1, 5).remove(1);
    let b = Map::<int, int>::empty().insert(1, 6).remove(1);
    assert(a != b); //~ ERROR assertion failed
}

proof fn differ_in_value(m: Map<int, int>) {
    let a = m.insert(1, 5);
    let b = m.insert(1, 6);
    assert(a =~= b); //~ ERROR assertion failed
}

proof fn differ_in_domain(m: Map<int, int>)
    requires !m.dom().contains(2),
{
    assert(m.insert(2, 0) =~= m); //~ ERROR assertion failed
}

proof fn ext_not_eq_without_domain(a: Map<int, int>, b: Map<int, int>)
    requires forall|k: int| a.dom().contains(k) ==> #[trigger] a[k] == b[k],
{
    assert(a == b); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
