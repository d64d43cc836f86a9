// vstd's typed raw-pointer permission `PointsTo<T>` (lib/vstd/raw_ptr.rs): an opaque tracked
// type known by its view (`ptr`, `opt_value`), with std's `ptr::write` / `ptr::read` under it.
use vstd::prelude::*;
use vstd::raw_ptr::*;

verus! {

fn write_then_read(p: *mut u64, Tracked(perm): Tracked<&mut PointsTo<u64>>) -> (v: u64)
    requires
        old(perm).ptr() == p,
    ensures
        v == 5,
        final(perm).ptr() == p,
        final(perm).is_uninit(),
{
    ptr_mut_write(p, Tracked(perm), 5);
    assert(perm.is_init() && perm.value() == 5);
    ptr_mut_read(p as *const u64, Tracked(perm))
}

fn read_wrong(p: *mut u64, Tracked(perm): Tracked<&mut PointsTo<u64>>)
    requires
        old(perm).ptr() == p,
{
    ptr_mut_write(p, Tracked(perm), 5);
    let v = ptr_mut_read(p as *const u64, Tracked(perm));
    assert(v == 6); //~ ERROR assertion failed
}

fn read_uninit(p: *mut u64, Tracked(perm): Tracked<&mut PointsTo<u64>>)
    requires
        old(perm).ptr() == p,
{
    let v = ptr_mut_read(p as *const u64, Tracked(perm)); //~ ERROR precondition not satisfied
}

proof fn nonnull(tracked perm: &PointsTo<u8>) {
    perm.is_nonnull();
    assert(perm.ptr()@.addr != 0);
}

proof fn address_as_int(tracked perm: &PointsTo<u8>) {
    perm.is_nonnull();
    assert(perm.ptr() as int == perm.ptr()@.addr);
    assert(0 < perm.ptr() as int <= usize::MAX);
    assert(perm.ptr() as nat > 1); //~ ERROR assertion failed
}

proof fn nonnull_without_lemma(tracked perm: &PointsTo<u8>) {
    assert(perm.ptr()@.addr != 0); //~ ERROR assertion failed
}

proof fn same_view_not_same_permission(tracked a: &PointsTo<u8>, tracked b: &PointsTo<u8>)
    requires
        a@ == b@,
{
    assert(a.value() == b.value());
    assert(a == b); //~ ERROR assertion failed
}

proof fn views_of_data(d: PointsToData<u8>)
    requires
        d.opt_value == MemContents::Init(3u8),
{
    assert(d.opt_value.is_init() && d.opt_value.value() == 3);
    assert(d.opt_value.value() == 4); //~ ERROR assertion failed
}

} // verus!
