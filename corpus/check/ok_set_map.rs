//@ no-verify
// Set and Map in spec code.
use vstd::prelude::*;

verus! {

spec fn add_key(m: Map<u64, bool>, k: u64) -> Map<u64, bool> {
    m.insert(k, true)
}

proof fn set_map_facts(s: Set<int>, m: Map<u64, bool>) {
    let s2 = s.insert(3);
    assert(s2.contains(3));
    let s3 = s2.remove(3);
    assert(!s3.contains(3));
    let e = Set::<int>::empty();
    assert(!e.contains(1));
    let m2 = add_key(m, 7);
    assert(m2.dom().contains(7));
    assert(m2[7]);
    let m3 = m2.remove(7);
    assert(!m3.dom().contains(7));
    let m4 = Map::<u64, bool>::empty();
    assert(!m4.contains_key(1));
}

fn main() {
}

} // verus!
