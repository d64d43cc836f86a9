use vstd::prelude::*;

verus! {

// `size_of` and `align_of` are in std's prelude (Rust 1.80): std's `core::mem` fns, no `use`
// needed; in spec code `size_of::<T>()` is the size as a usize (vstd's `size_of_as_usize`).
fn size_true() -> (r: usize)
    ensures r == 8, r == size_of::<u64>(),
{
    size_of::<u64>()
}
fn size_false() -> (r: usize)
    ensures r == 16, //~ ERROR postcondition not satisfied
{
    size_of::<u64>()
}

proof fn spec_size_true<T>()
    requires vstd::layout::size_of::<T>() == 24,
{
    assert(size_of::<T>() == 24);
    assert(size_of::<u32>() + size_of::<u16>() == 6);
}
proof fn spec_size_false<T>() {
    assert(size_of::<T>() > 0); //~ ERROR assertion failed
}

// (no alignment is known but what vstd's `align_of` says)
fn align_true() -> (r: usize)
    ensures r as nat == vstd::layout::align_of::<u64>(),
{
    align_of::<u64>()
}
fn align_false() -> (r: usize)
    ensures r == 8, //~ ERROR postcondition not satisfied
{
    align_of::<u64>()
}

} // verus!
