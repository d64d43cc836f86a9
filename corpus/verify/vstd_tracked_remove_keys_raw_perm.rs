// vstd's `Map::tracked_remove_keys` (lib/vstd/tracked_colls.rs) and `PointsToRaw::empty`,
// `split`, `join` (lib/vstd/raw_ptr.rs), the latter also named through a type alias
// (`RawPerm::empty`, as coconut-svsm writes it): true uses prove, false claims fail.
use vstd::prelude::*;
use vstd::raw_ptr::*;

verus! {

pub type RawPerm = PointsToRaw;

proof fn remove_keys_ok(tracked m: Map<int, u8>, keys: Set<int>)
    requires
        keys.subset_of(m.dom()),
{
    let ghost m0 = m;
    let tracked mut m = m;
    let tracked out = m.tracked_remove_keys(keys);
    assert(out.dom() =~= keys);
    assert(forall|k: int| keys.contains(k) ==> out[k] == m0[k]);
    assert(m.dom() =~= m0.dom().difference(keys));
}

proof fn remove_keys_not_subset(tracked m: Map<int, u8>, keys: Set<int>) {
    let tracked mut m = m;
    let tracked out = m.tracked_remove_keys(keys); //~ ERROR precondition not satisfied
}

proof fn remove_keys_still_there(tracked m: Map<int, u8>)
    requires
        m.dom().contains(1),
{
    let tracked mut m = m;
    let tracked out = m.tracked_remove_keys(set![1int]);
    assert(m.dom().contains(1)); //~ ERROR assertion failed
}

proof fn raw_perm_ok(tracked p: PointsToRaw, range: Set<int>)
    requires
        range.subset_of(p.dom()),
{
    let tracked e = RawPerm::empty(p.provenance());
    assert(e.dom() =~= Set::empty());
    let ghost d = p.dom();
    let tracked (a, b) = p.split(range);
    assert(a.dom() == range);
    assert(b.dom() =~= d.difference(range));
    let tracked j = a.join(b);
    assert(j.dom() =~= d);
    let tracked j2 = e.join(j);
    assert(j2.dom() =~= d);
}

proof fn raw_perm_split_outside(tracked p: PointsToRaw) {
    let tracked (a, b) = p.split(set![0int]); //~ ERROR precondition not satisfied
}

proof fn raw_perm_join_other_provenance(tracked p: PointsToRaw, tracked q: PointsToRaw) {
    let tracked j = p.join(q); //~ ERROR precondition not satisfied
}

proof fn raw_perm_empty_not_full(prov: Provenance) {
    let tracked e = RawPerm::empty(prov);
    assert(e.dom().contains(0)); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
