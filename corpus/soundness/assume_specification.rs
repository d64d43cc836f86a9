use vstd::prelude::*;
use vstd::raw_ptr::*;
use core::ptr::NonNull;

verus! {

// `assume_specification` gives std's fn a trusted contract: calls use it instead of the one
// Proofgate's vstd proves, so its `requires` binds callers and nothing beyond its `ensures`
// is known. (This one is narrower than vstd's own on purpose.)
pub uninterp spec fn spec_add_of<T>(p: *mut T, n: usize) -> *mut T;

#[verifier::when_used_as_spec(spec_add_of)]
pub assume_specification<T>[ <*mut T>::add ](p: *mut T, n: usize) -> (q: *mut T)
    requires
        n < 100,
        p@.addr + n * size_of::<T>() <= usize::MAX,
    ensures
        q@.addr == p@.addr + n * size_of::<T>(),
        q == spec_add_of(p, n),
    opens_invariants none
    no_unwind;

// its precondition is checked at each call
fn add_requires_false(p: *mut u64, n: usize) -> (q: *mut u64)
    requires p@.addr < 0x1000, n < 1000,
{
    p.add(n) //~ ERROR precondition not satisfied
}
fn add_requires_true(p: *mut u64, n: usize) -> (q: *mut u64)
    requires p@.addr < 0x1000, n < 100,
{
    p.add(n)
}

// its ensures is all that is known (vstd's own contract would give the provenance too)
fn add_beyond_ensures_false(p: *mut u64) -> (q: *mut u64)
    requires p@.addr < 0x1000,
    ensures q@.provenance == p@.provenance, //~ ERROR postcondition not satisfied
{
    p.add(1)
}
fn add_beyond_ensures_true(p: *mut u64) -> (q: *mut u64)
    requires p@.addr < 0x1000,
    ensures q@.addr == p@.addr + 8,
{
    p.add(1)
}
fn add_ensures_true(p: *mut u64) -> (q: *mut u64)
    requires p@.addr < 0x1000,
    ensures q@.addr == p@.addr + 8, q == spec_add_of(p, 1),
{
    p.add(1)
}
fn add_ensures_false(p: *mut u64) -> (q: *mut u64)
    requires p@.addr < 0x1000,
    ensures q@.addr == p@.addr + 1, //~ ERROR postcondition not satisfied
{
    p.add(1)
}

// in spec code `p.add(n)` is the `when_used_as_spec` fn (uninterpreted here)
proof fn add_spec_true(p: *mut u32) {
    assert(p.add(2) == spec_add_of(p, 2));
}
proof fn add_spec_false(p: *mut u32)
    requires p@.addr == 16,
{
    assert(p.add(2)@.addr == 24); //~ ERROR assertion failed
}

// a type's methods too (`NonNull::<T>::as_ptr`); `self_` stands for the receiver
pub assume_specification<T>[ NonNull::<T>::as_ptr ](self_: NonNull<T>) -> (ret: *mut T)
    ensures
        ret@.addr != 0,
    opens_invariants none
    no_unwind;

fn as_ptr_true(n: NonNull<u8>) -> (p: *mut u8)
    ensures p@.addr != 0,
{
    n.as_ptr()
}
fn as_ptr_false(n: NonNull<u8>) -> (p: *mut u8)
    ensures p@.addr > 1, //~ ERROR postcondition not satisfied
{
    n.as_ptr()
}

// a path call of a fn (std's `size_of`, a `returns` clause)
pub assume_specification<V>[ core::mem::size_of::<V> ]() -> (u: usize)
    returns
        vstd::layout::size_of_as_usize::<V>(),
    opens_invariants none
    no_unwind;

fn size_true() -> (r: usize)
    ensures r == 8,
{
    core::mem::size_of::<u64>()
}
fn size_false() -> (r: usize)
    ensures r == 4, //~ ERROR postcondition not satisfied
{
    size_of::<u64>()
}

} // verus!
