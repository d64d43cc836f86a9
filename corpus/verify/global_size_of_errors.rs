use vstd::prelude::*;

verus! {

#[repr(transparent)]
struct Word(u32);
struct Plain { a: u64 }

// a claim Proofgate computes to be false is an error (the compiler's check would fail)
global size_of Word == 8; //~ ERROR the size of this type is 4, not 8
// a type whose size Rust does not fix is not supported
global size_of Plain == 8; //~ ERROR not supported: `global size_of` of a type whose size Proofgate does not compute
// `global layout` stays not supported
global layout u64 is size == 8, align == 8; //~ ERROR not supported: `global` layout facts

proof fn not_in_force() {
    assert(vstd::layout::size_of::<Word>() == 8); //~ ERROR assertion failed
}

} // verus!
