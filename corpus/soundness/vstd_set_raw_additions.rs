// Attempts to get more out of vstd's `Set::choose`, `lemma_map_size`, `range_set_properties`,
// `Map::tracked_remove_keys` and `PointsToRaw::split`/`join` than they state: each false
// claim fails beside the true one next to it.
use vstd::prelude::*;
use vstd::raw_ptr::*;
use vstd::set_lib::{lemma_map_size, range_set_properties};

verus! {

// `choose` of the empty set is some value, not a member
proof fn choose_empty_false() {
    let s = Set::<u8>::empty();
    assert(s.contains(s.choose())); //~ ERROR assertion failed
}
proof fn choose_empty_true() {
    let s = Set::<u8>::empty();
    assert(!s.contains(s.choose()));
}

// two chooses of one set agree (a spec fn), but need not be a given member
proof fn choose_twice_true(s: Set<int>) {
    assert(s.choose() == s.choose());
}
proof fn choose_twice_false(s: Set<int>, t: Set<int>)
    requires s.contains(1), t.contains(1),
{
    assert(s.choose() == t.choose()); //~ ERROR assertion failed
}

// a map that merges two elements shrinks the set: the lemma cannot be used to say otherwise
proof fn map_size_false() {
    let s = set![1int, 2int];
    let f = |i: int| 0int;
    assert(s.map(f).len() == s.len()) by {
        lemma_map_size(s, s.map(f), f); //~ ERROR precondition not satisfied
    }
}
proof fn map_size_true() {
    let s = set![1int, 2int];
    let f = |i: int| i + 10;
    lemma_map_size(s, s.map(f), f);
    assert(s.map(f).len() == 2);
}

// the top of a half-open range is outside it; of an inclusive one inside
proof fn range_top_false(lo: u64, hi: u64)
    requires lo < hi,
{
    range_set_properties::<u64>(lo, hi);
    assert(Set::<u64>::range(lo, hi).len() == hi - lo);
    assert(Set::<u64>::range(lo, hi).contains(hi)); //~ ERROR assertion failed
}
proof fn range_top_true(lo: u64, hi: u64)
    requires lo < hi,
{
    range_set_properties::<u64>(lo, hi);
    assert(Set::<u64>::range_inclusive(lo, hi).contains(hi));
    assert(Set::<u64>::range_inclusive(lo, hi).len() == hi - lo + 1);
}
proof fn range_empty_false(lo: int, hi: int)
    requires hi < lo,
{
    range_set_properties::<int>(lo, hi);
    assert(Set::<int>::range(lo, hi).len() == hi - lo); //~ ERROR assertion failed
}
proof fn range_empty_true(lo: int, hi: int)
    requires hi < lo,
{
    range_set_properties::<int>(lo, hi);
    assert(Set::<int>::range(lo, hi).len() == 0);
}

// the removed keys are gone from the map and the returned map has nothing else
proof fn remove_keys_false(tracked m: Map<u8, u8>)
    requires m.dom() =~= set![1u8, 2u8],
{
    let tracked mut m = m;
    let tracked out = m.tracked_remove_keys(set![1u8]);
    assert(out.dom().contains(2u8)); //~ ERROR assertion failed
}
proof fn remove_keys_true(tracked m: Map<u8, u8>)
    requires m.dom() =~= set![1u8, 2u8],
{
    let tracked mut m = m;
    let tracked out = m.tracked_remove_keys(set![1u8]);
    assert(out.dom() =~= set![1u8]);
    assert(m.dom() =~= set![2u8]);
}

// splitting gives two disjoint parts: no address is in both
proof fn split_false(tracked p: PointsToRaw, r: Set<int>, a: int)
    requires r.subset_of(p.dom()), r.contains(a),
{
    let tracked (x, y) = p.split(r);
    assert(y.dom().contains(a)); //~ ERROR assertion failed
}
proof fn split_true(tracked p: PointsToRaw, r: Set<int>, a: int)
    requires r.subset_of(p.dom()), r.contains(a),
{
    let tracked (x, y) = p.split(r);
    assert(x.dom().contains(a) && !y.dom().contains(a));
    assert(x.provenance() == y.provenance());
}

fn main() {
}

} // verus!
