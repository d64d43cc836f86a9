use vstd::prelude::*;

verus! {

// vstd's Set operators in spec code: `+` union, `-` difference, `*` intersection.

proof fn set_add_false(a: Set<int>, b: Set<int>) {
    assert((a + b).contains(1) ==> a.contains(1)); //~ ERROR assertion failed
}
proof fn set_add_true(a: Set<int>, b: Set<int>) {
    assert(a.contains(1) ==> (a + b).contains(1));
    assert(a + b =~= a.union(b));
}

proof fn set_sub_false(a: Set<int>, b: Set<int>) {
    assert(a.contains(1) ==> (a - b).contains(1)); //~ ERROR assertion failed
}
proof fn set_sub_true(a: Set<int>, b: Set<int>) {
    assert(b.contains(1) ==> !(a - b).contains(1));
    assert(a - b =~= a.difference(b));
}

proof fn set_mul_false(a: Set<int>, b: Set<int>) {
    assert(a.contains(1) ==> (a * b).contains(1)); //~ ERROR assertion failed
}
proof fn set_mul_true(a: Set<int>, b: Set<int>) {
    assert((a * b).contains(1) ==> a.contains(1) && b.contains(1));
    assert(a * b =~= a.intersect(b));
}

spec fn span(lo: int, n: nat) -> Set<int> {
    Set::range(lo, lo + n)
}

proof fn merge_false() {
    assert(span(0, 4) + span(5, 4) =~= span(0, 9)); //~ ERROR assertion failed
}
proof fn merge_true() {
    assert(span(0, 4) + span(4, 5) =~= span(0, 9));
}

fn main() {
}

} // verus!
