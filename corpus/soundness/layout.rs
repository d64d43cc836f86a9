use vstd::prelude::*;
use core::mem::size_of;

verus! {

struct Pair {
    a: u64,
    b: u8,
}

// std's `size_of` at a primitive type is its size (the reference's table; usize is 64 bits).
fn size_u32_false() -> (r: usize)
    ensures r == 8, //~ ERROR postcondition not satisfied
{
    size_of::<u32>()
}
fn size_u32_true() -> (r: usize)
    ensures r == 4, r == vstd::layout::size_of::<u32>(),
{
    size_of::<u32>()
}

// In spec code `size_of` is the spec value (as a usize).
proof fn size_spec_false() {
    assert(size_of::<usize>() == 4); //~ ERROR assertion failed
}
proof fn size_spec_true() {
    assert(size_of::<usize>() == 8);
    assert(core::mem::size_of::<u128>() == 16);
    assert(vstd::layout::size_of::<i16>() == 2);
}

// Another type's size is not known, only that the exec call returns it.
fn size_struct_false() -> (r: usize)
    ensures r == 9, //~ ERROR postcondition not satisfied
{
    size_of::<Pair>()
}
fn size_struct_true() -> (r: usize)
    ensures r == size_of::<Pair>(), r as nat == vstd::layout::size_of::<Pair>(),
{
    size_of::<Pair>()
}

// Alignment is not known at any type (it is the target's), only what the call returns.
fn align_false() -> (r: usize)
    ensures r == 4, //~ ERROR postcondition not satisfied
{
    core::mem::align_of::<u32>()
}
fn align_true() -> (r: usize)
    ensures r as nat == vstd::layout::align_of::<u32>(),
{
    core::mem::align_of::<u32>()
}

// `global size_of` puts a size in force once Proofgate has computed it (repr(transparent)).
#[repr(transparent)]
struct Word(u64);
global size_of Word == 8;
proof fn global_size_false() {
    assert(vstd::layout::size_of::<Word>() == 16); //~ ERROR assertion failed
}
proof fn global_size_true() {
    assert(vstd::layout::size_of::<Word>() == 8);
}
fn global_size_exec_false() -> (r: usize)
    ensures r == 4, //~ ERROR postcondition not satisfied
{
    size_of::<Word>()
}
fn global_size_exec_true() -> (r: usize)
    ensures r == 8,
{
    size_of::<Word>()
}

} // verus!
