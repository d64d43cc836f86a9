// Raw pointer operations outside what Proofgate models are `not supported` where they are
// written: exec comparisons (std's `==` compares addresses only, not provenance), pointers to
// unsized types (their metadata is not modelled), casts from integers
// (Verus refuses them too: `with_exposed_provenance` makes a pointer), pointer methods and
// vstd items Proofgate's vstd lacks.
use vstd::prelude::*;

verus! {

fn exec_eq(p: *const u8, q: *const u8) -> bool {
    p == q //~ ERROR not supported
}

fn exec_lt(p: *mut u8, q: *mut u8) -> bool {
    p < q //~ ERROR not supported
}

fn slice_ptr(p: *const [u8]) { //~ ERROR not supported
}

fn from_int(a: usize) -> *const u8 {
    a as *const u8 //~ ERROR not supported
}

fn offset(p: *const u8) -> usize {
    p.offset(1) as usize //~ ERROR not supported
}

proof fn raw_perm(tracked p: vstd::raw_ptr::PointsToRaw) {
    let tracked x = p.into_typed::<u8>(0); //~ ERROR not supported
}

fn main() {
}

} // verus!
