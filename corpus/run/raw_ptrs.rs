// Raw pointers (vstd's model: an address and a ghost provenance), run by the emulator:
// `null`, `ptr as usize` (truncated to a narrower type), `*const T as *mut T`,
// `addr()`, `is_null()`, `NonNull::new` / `as_ptr` and exposed provenance.
use vstd::prelude::*;
use core::ptr::NonNull;
use vstd::raw_ptr::*;

verus! {

fn addr_of(p: *const u8) -> (r: usize)
    ensures
        r == p@.addr,
{
    p as usize
}

fn low_byte(p: *mut u8) -> (r: u8)
    ensures
        r == p@.addr as u8,
{
    p as u8
}

#[test]
fn ok_null_has_address_zero() {
    let p = core::ptr::null::<u8>();
    let a = addr_of(p);
    assert(a == 0);
    let z = p.is_null();
    assert(z);
    let m = p as *mut u8;
    assert(m.addr() == 0);
    let b = low_byte(m);
    assert(b == 0);
}

#[test]
fn ok_nonnull_of_null_is_none() {
    let m = core::ptr::null_mut::<u64>();
    let n = NonNull::new(m);
    assert(n.is_none());
}

#[test]
fn ok_exposed_round_trip() {
    let p = core::ptr::null_mut::<u8>();
    let a = p as usize;
    let Tracked(exp) = expose_provenance(p);
    let q = with_exposed_provenance::<u8>(a, Tracked(exp));
    let b = q as usize;
    assert(b == a);
}

#[test]
fn fail_null_is_not_null() {
    let p = core::ptr::null::<u8>();
    let a = addr_of(p);
    assert(a == 1);
}

} // verus!
