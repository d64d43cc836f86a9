use vstd::prelude::*;
use vstd::raw_ptr::*;
use core::ptr::NonNull;

verus! {

// `ptr as usize` is the pointer's address, `ptr@.addr` (vstd's model).
fn ptr_addr_false(p: *const u8) -> (r: usize)
    ensures r == p@.addr + 1, //~ ERROR postcondition not satisfied
{
    p as usize
}
fn ptr_addr_true(p: *const u8) -> (r: usize)
    ensures r == p@.addr, r == p.addr(),
{
    p as usize
}

// A cast to a narrower integer clips the address.
fn ptr_clip_false(p: *mut u8) -> (r: u8)
    ensures r == p@.addr, //~ ERROR postcondition not satisfied
{
    p as u8
}
fn ptr_clip_true(p: *mut u8) -> (r: u8)
    ensures r == p@.addr % 256,
{
    p as u8
}

// Pointers are equal when their views are; the address alone is not enough (provenance).
fn ptr_eq_false(p: *mut u8, q: *mut u8)
    requires p@.addr == q@.addr,
    ensures p == q, //~ ERROR postcondition not satisfied
{
}
fn ptr_eq_true(p: *mut u8, q: *mut u8)
    requires p@.addr == q@.addr, p@.provenance == q@.provenance,
    ensures p == q,
{
}

// `*const T as *mut T` keeps address and provenance.
fn ptr_mut_false(p: *const u64) -> (r: *mut u64)
    ensures r@.provenance == Provenance::null(), //~ ERROR postcondition not satisfied
{
    p as *mut u64
}
fn ptr_mut_true(p: *const u64) -> (r: *mut u64)
    ensures r@ == p@,
{
    p as *mut u64
}

// A cast to another pointee keeps address and provenance (vstd's thin-pointer cast).
fn ptr_pointee_false(p: *mut u8) -> (r: *const u64)
    ensures r@.addr == p@.addr + 1, //~ ERROR postcondition not satisfied
{
    p as *const u64
}
fn ptr_pointee_true(p: *mut u8) -> (r: *const u64)
    ensures r@.addr == p@.addr, r@.provenance == p@.provenance,
{
    p as *const u64
}

// A pointer built from its view has that view.
proof fn from_data_false(d: PtrData<u8>) {
    assert(ptr_mut_from_data(d)@.addr == d.addr + 1); //~ ERROR assertion failed
}
proof fn from_data_true(d: PtrData<u8>) {
    assert(ptr_mut_from_data(d)@ == d);
    assert(ptr_from_data(d)@ == d);
}

// `NonNull::new` is `None` exactly for the null pointer, and `as_ptr` is never null.
fn nonnull_new_false(p: *mut u8) {
    let n = NonNull::new(p);
    assert(n is Some); //~ ERROR assertion failed
}
fn nonnull_new_true(p: *mut u8) {
    let n = NonNull::new(p);
    if p.addr() != 0 {
        assert(n is Some);
        let q = n.unwrap().as_ptr();
        assert(q == p);
    } else {
        assert(n is None);
    }
}

fn nonnull_ptr_false(n: NonNull<u8>) -> (r: usize)
    ensures r == 0, //~ ERROR postcondition not satisfied
{
    n.as_ptr() as usize
}
fn nonnull_ptr_true(n: NonNull<u8>) -> (r: usize)
    ensures r != 0,
{
    n.as_ptr() as usize
}

// `null()` has address 0 and the null provenance.
fn null_false() {
    let p = core::ptr::null_mut::<u8>();
    assert(p@.addr == 1); //~ ERROR assertion failed
}
fn null_true() {
    let p = core::ptr::null_mut::<u8>();
    assert(p@.addr == 0 && p@.provenance == Provenance::null());
    assert(p == ptr_null_mut::<u8>());
}

// In spec code a `*mut T` and a `*const T` compare by their views.
fn mixed_eq_false(p: *const u8, q: *mut u8)
    requires p@.addr == q@.addr,
    ensures q == p, //~ ERROR postcondition not satisfied
{
}
fn mixed_eq_true(p: *const u8, q: *mut u8)
    requires p@ == q@,
    ensures q == p,
{
}

// A pointer made from an address with an exposed provenance has that address and provenance.
fn exposed_false(p: *mut u8) -> (r: *mut u8)
    ensures r@.addr == p@.addr + 8, //~ ERROR postcondition not satisfied
{
    let a = p as usize;
    let Tracked(exp) = expose_provenance(p);
    with_exposed_provenance(a, Tracked(exp))
}
fn exposed_true(p: *mut u8) -> (r: *mut u8)
    ensures r == p,
{
    let a = p as usize;
    let Tracked(exp) = expose_provenance(p);
    with_exposed_provenance(a, Tracked(exp))
}

} // verus!
