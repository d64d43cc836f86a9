//@ no-verify
use vstd::prelude::*;
use vstd::raw_ptr::*;

verus! {

pub open spec fn twin_wrong_param<T>(p: *mut T, n: u64) -> *mut T { p }
pub open spec fn twin_wrong_ret<T>(p: *mut T, n: usize) -> *const T { p as *const T }
pub proof fn not_spec<T>(p: *const T, n: usize) -> *const T { p }

// `when_used_as_spec` on an assumed spec: a spec fn with exactly its parameters and return type
#[verifier::when_used_as_spec(twin_wrong_param)] //~ ERROR when_used_as_spec function should have the same parameters
pub assume_specification<T>[ <*mut T>::add ](p: *mut T, n: usize) -> (q: *mut T);

#[verifier::when_used_as_spec(twin_wrong_ret)] //~ ERROR when_used_as_spec function should have the same return types
pub assume_specification<T>[ <*mut T>::wrapping_add ](p: *mut T, n: usize) -> (q: *mut T);

#[verifier::when_used_as_spec(missing)] //~ ERROR cannot find function referred to in when_used_as_spec
pub assume_specification<T>[ <*const T>::add ](p: *const T, n: usize) -> (q: *const T);

#[verifier::when_used_as_spec(not_spec)] //~ ERROR when_used_as_spec must point from an exec function to a spec function
pub assume_specification<T>[ <*const T>::wrapping_add ](p: *const T, n: usize) -> (q: *const T);

// the signature must be the function's
pub assume_specification<T>[ core::ptr::NonNull::<T>::as_ptr ](p: core::ptr::NonNull<T>) -> (q: *const T); //~ ERROR must have its signature

// a function Proofgate does not know
pub assume_specification[ core::cmp::max ](a: u64, b: u64) -> u64; //~ ERROR not supported: `assume_specification` for `core::cmp::max`

// a function of this crate carries its own contract
fn mine(x: u64) -> u64 { x }
pub assume_specification[ mine ](x: u64) -> (r: u64) ensures r == x; //~ ERROR a function of this crate

// an assumed spec at one instantiation only is not supported (it would hold for all)
pub assume_specification[ core::mem::size_of::<u8> ]() -> (r: usize); //~ ERROR must have its signature

// one spec per function
pub assume_specification<T>[ core::ptr::null_mut::<T> ]() -> (p: *mut T);
pub assume_specification<T>[ core::ptr::null_mut::<T> ]() -> (p: *mut T); //~ ERROR duplicate specification for `core::ptr::null_mut::<T>`

// of an exec function only
pub assume_specification<V>[ vstd::layout::size_of::<V> ]() -> nat; //~ ERROR it is not an exec function

} // verus!
