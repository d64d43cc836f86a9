use vstd::prelude::*;

verus! {

enum Life { Mammal { legs: int, has_pocket: bool }, Arthropod { legs: int, wings: int }, Plant { leaves: int } }

// a name several variants have must be qualified with the variant
spec fn ambiguous(l: Life) -> int {
    l->legs //~ ERROR no field `legs` on any variant of `Life` (several variants have it: write `->Variant_legs`)
}

spec fn no_such(l: Life) -> int {
    l->Plant_roots //~ ERROR no field `Plant_roots` on any variant of `Life`
}

// `->` is a spec function in Verus
fn in_exec(o: Option<u8>) -> u8 {
    o->0 //~ ERROR not supported: `->` in exec code (Verus reads it as a spec function)
}

struct S { a: u8 }
spec fn not_enum(s: S) -> u8 {
    s->a //~ ERROR `->` reads a field of an enum, and `S` is not an enum
}

} // verus!
