// A trait's spec fn with a default body: at a type whose impl does not define it, the
// default is its meaning; at an abstract `T: Tr` it is not known (an impl may override
// it), and where the impl overrides it, the impl's definition holds.
use vstd::prelude::*;

verus! {

trait Size {
    spec fn units(&self) -> nat;

    spec fn bytes(&self) -> nat {
        self.units() * 8
    }

    proof fn lemma_bytes(&self)
        ensures self.bytes() >= self.units();
}

trait Tag {
    spec fn tag(&self) -> int {
        7
    }
}

struct Plain { n: nat }
struct Packed { n: nat }
struct Empty;

impl Size for Plain {
    open spec fn units(&self) -> nat { self.n }
    proof fn lemma_bytes(&self) {}
}

impl Size for Packed {
    open spec fn units(&self) -> nat { self.n }
    open spec fn bytes(&self) -> nat { self.n }
    proof fn lemma_bytes(&self) {}
}

impl Tag for Empty {}

// the default at a type that keeps it
proof fn default_false(p: Plain) {
    assert(p.bytes() == p.n); //~ ERROR assertion failed
}
proof fn default_true(p: Plain) {
    assert(p.bytes() == p.n * 8);
}

// the override where the impl gives one
proof fn override_false(p: Packed) {
    assert(p.bytes() == p.n * 8); //~ ERROR assertion failed
}
proof fn override_true(p: Packed) {
    assert(p.bytes() == p.n);
}

// through a bound the default is not the meaning (Packed overrides it)
proof fn bound_false<T: Size>(t: &T) {
    assert(t.bytes() == t.units() * 8); //~ ERROR assertion failed
}
proof fn bound_true<T: Size>(t: &T) {
    t.lemma_bytes();
    assert(t.bytes() >= t.units());
}

// an impl without fns keeps every default
proof fn empty_false(e: Empty) {
    assert(e.tag() == 1); //~ ERROR assertion failed
}
proof fn empty_true(e: Empty) {
    assert(e.tag() == 7);
}

// a generic callee's result at a known type: the default of that type
spec fn twice_bytes<T: Size>(t: T) -> nat { t.bytes() * 2 }

proof fn generic_false(p: Plain) {
    assert(twice_bytes(p) == p.n * 8); //~ ERROR assertion failed
}
proof fn generic_true(p: Plain, q: Packed) {
    assert(twice_bytes(p) == p.n * 16);
    assert(twice_bytes(q) == q.n * 2);
}

fn main() {}

} // verus!
