//@ no-verify
// Set and Map operations in specs.
use vstd::prelude::*;

verus! {

proof fn sets() {
    let s = Set::<int>::empty().insert(1).insert(2);
    assert(s.contains(1));
    let t = s.remove(1);
    assert(!t.contains(1));
}

proof fn maps() {
    let m = Map::<int, int>::empty().insert(1, 10);
    assert(m.dom().contains(1));
    assert(m[1] == 10);
    let n = m.remove(1);
}

spec fn opt_ok(o: Option<int>) -> bool {
    o.is_some() ==> o.unwrap() > 0
}

fn main() {
}

} // verus!
