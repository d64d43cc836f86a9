use vstd::prelude::*;
use vstd::raw_ptr::*;

verus! {

// `p.add(n)` moves the address by `n * size_of::<T>()` bytes and keeps the provenance.
fn add_addr_false(p: *const u64, n: usize) -> (q: *const u64)
    requires p@.addr + n * 8 <= usize::MAX,
    ensures q@.addr == p@.addr + n, //~ ERROR postcondition not satisfied
{
    p.add(n)
}
fn add_addr_true(p: *const u64, n: usize) -> (q: *const u64)
    requires p@.addr + n * 8 <= usize::MAX,
    ensures q@.addr == p@.addr + n * 8, q@.provenance == p@.provenance,
{
    p.add(n)
}

// It must not overflow (its precondition).
fn add_overflow_false(p: *mut u16, n: usize) -> (q: *mut u16) {
    p.add(n) //~ ERROR precondition not satisfied
}
fn add_overflow_true(p: *mut u16, n: usize) -> (q: *mut u16)
    requires n < 1000, p@.addr < 0x1000,
{
    p.add(n)
}

// In spec code it is the same pointer, the address wrapped into a usize.
proof fn add_spec_false(p: *mut u32)
    requires p@.addr == 16,
{
    assert(p.add(2)@.addr == 18); //~ ERROR assertion failed
}
proof fn add_spec_true(p: *mut u32)
    requires p@.addr == 16,
{
    assert(p.add(2)@.addr == 24);
    assert(p.add(2)@.provenance == p@.provenance);
}

// At a type whose size is not known, nothing about the new address beyond the formula.
struct Big { a: u64, b: u64 }
fn add_unknown_false(p: *const Big) -> (q: *const Big)
    requires p@.addr + vstd::layout::size_of::<Big>() <= usize::MAX,
    ensures q@.addr == p@.addr + 16, //~ ERROR postcondition not satisfied
{
    p.add(1)
}
fn add_unknown_true(p: *const Big) -> (q: *const Big)
    requires p@.addr + vstd::layout::size_of::<Big>() <= usize::MAX,
    ensures q@.addr == p@.addr + vstd::layout::size_of::<Big>(),
{
    p.add(1)
}

// `wrapping_add` has no precondition; the address wraps around.
fn wrapping_add_false(p: *mut u64) -> (q: *mut u64)
    requires p@.addr == usize::MAX - 7,
    ensures q@.addr == usize::MAX + 1, //~ ERROR postcondition not satisfied
{
    p.wrapping_add(1)
}
fn wrapping_add_true(p: *mut u64) -> (q: *mut u64)
    requires p@.addr == usize::MAX - 7,
    ensures q@.addr == 0, q@.provenance == p@.provenance,
{
    p.wrapping_add(1)
}
proof fn wrapping_add_spec_false(p: *const u8)
    requires p@.addr == 3,
{
    assert(p.wrapping_add(usize::MAX)@.addr == 3); //~ ERROR assertion failed
}
proof fn wrapping_add_spec_true(p: *const u8)
    requires p@.addr == 3,
{
    assert(p.wrapping_add(usize::MAX)@.addr == 2);
}

} // verus!
