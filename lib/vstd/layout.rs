//! Type layout (vstd's `layout`): `size_of::<V>()` and `align_of::<V>()` as spec values (`nat`),
//! std's `core::mem::size_of` / `align_of` as exec calls returning them, and the sizes of the
//! primitive types. Nothing else is known of a type's layout (uninterpreted, as in vstd).
//!
//! Proofgate writes std's exec `core::mem::size_of` as `std_size_of` (and `align_of` as
//! `std_align_of`): src/check/paths.ts maps std's paths to them, so checked code names them as
//! std does. `usize` is 64 bits wide here (the width Proofgate gives `usize` everywhere).
verus! {

/// The size of a `V` in bytes.
pub uninterp spec fn size_of<V>() -> nat;

/// The alignment of a `V` in bytes.
pub uninterp spec fn align_of<V>() -> nat;

/// `core::mem::size_of::<V>()` in spec code.
pub open spec fn size_of_as_usize<V>() -> usize
    recommends
        size_of::<V>() as usize as int == size_of::<V>(),
{
    size_of::<V>() as usize
}

/// `core::mem::align_of::<V>()` in spec code.
pub open spec fn align_of_as_usize<V>() -> usize
    recommends
        align_of::<V>() as usize as int == align_of::<V>(),
{
    align_of::<V>() as usize
}

/// std's `core::mem::size_of` (the compiler knows the size; trusted).
#[verifier::external_body]
#[verifier::when_used_as_spec(size_of_as_usize)]
pub fn std_size_of<V>() -> (u: usize)
    ensures
        u as nat == size_of::<V>(),
{
    0
}

/// std's `core::mem::align_of` (the compiler knows the alignment; trusted).
#[verifier::external_body]
#[verifier::when_used_as_spec(align_of_as_usize)]
pub fn std_align_of<V>() -> (u: usize)
    ensures
        u as nat == align_of::<V>(),
{
    1
}

/// The sizes of the primitive types (the Rust reference's table; `usize` is 64 bits wide).
/// In force in every crate, as vstd's default broadcast group has it.
#[verifier::external_body]
pub broadcast proof fn layout_of_primitives()
    ensures
        #![trigger size_of::<bool>()]
        #![trigger size_of::<char>()]
        #![trigger size_of::<u8>()]
        #![trigger size_of::<i8>()]
        #![trigger size_of::<u16>()]
        #![trigger size_of::<i16>()]
        #![trigger size_of::<u32>()]
        #![trigger size_of::<i32>()]
        #![trigger size_of::<u64>()]
        #![trigger size_of::<i64>()]
        #![trigger size_of::<u128>()]
        #![trigger size_of::<i128>()]
        #![trigger size_of::<usize>()]
        #![trigger size_of::<isize>()]
        size_of::<bool>() == 1,
        size_of::<char>() == 4,
        size_of::<u8>() == 1,
        size_of::<i8>() == 1,
        size_of::<u16>() == 2,
        size_of::<i16>() == 2,
        size_of::<u32>() == 4,
        size_of::<i32>() == 4,
        size_of::<u64>() == 8,
        size_of::<i64>() == 8,
        size_of::<u128>() == 16,
        size_of::<i128>() == 16,
        size_of::<usize>() == 8,
        size_of::<isize>() == 8,
{
}

/// vstd's default group of layout facts.
pub broadcast group group_layout_axioms {
    layout_of_primitives,
}

} // verus!
