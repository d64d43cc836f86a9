//@ no-verify
use vstd::prelude::*;
use core::ptr::NonNull;

verus! {

pub struct Mine {
    x: u64,
}

// only one field, naming a type Proofgate's vstd defines, at the struct's own generics
#[verifier::external_type_specification]
pub struct ExTwo<T>(NonNull<T>, u64); //~ ERROR must be a tuple struct of exactly one field

#[verifier::external_type_specification]
pub struct ExMine(Mine); //~ ERROR not supported: `external_type_specification` of `Mine`

#[verifier::external_type_specification]
pub struct ExAt(NonNull<u8>); //~ ERROR not supported: `external_type_specification` of `NonNull<u8>`

#[verifier::external_type_specification] //~ ERROR not supported: attribute `#[verifier::external_type_specification]`
pub enum ExEnum {
    A,
}

#[verifier::reject_recursive_types(T)]
pub struct Wrap<T> {
    v: T,
}

} // verus!
