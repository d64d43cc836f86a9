use vstd::prelude::*;
use vstd::raw_ptr::*;

verus! {

/// `p.add(n)` in spec code, for the crates that use this one.
pub open spec fn spec_add_elems<T>(p: *mut T, n: usize) -> *mut T {
    ptr_mut_from_data(PtrData { addr: (p@.addr + n * size_of::<T>()) as usize, ..p@ })
}

// A trusted contract for std's `<*mut T>::add` (narrower than vstd's own: at most 16 elements),
// which every crate that uses this one calls it by.
#[verifier::when_used_as_spec(spec_add_elems)]
pub assume_specification<T>[ <*mut T>::add ](p: *mut T, n: usize) -> (q: *mut T)
    requires
        n <= 16,
        p@.addr + n * size_of::<T>() <= usize::MAX,
    ensures
        q == spec_add_elems(p, n),
    opens_invariants none
    no_unwind;

} // verus!
