//@ no-verify
// Type aliases without generic parameters stand for their type, in verified code and from
// ordinary Rust; an alias whose type is outside the subset is reported at each use, and an
// alias in verified code naming an unknown type is an error where it is written.
use vstd::prelude::*;

type Inner = usize;

verus! {

pub type Pair = (u64, Inner);

pub type Unknown = NoSuchType; //~ ERROR cannot find type `NoSuchType` in this scope

pub struct Addr(pub Inner);

spec fn first(p: Pair) -> u64 {
    p.0
}

fn make(x: Inner) -> (r: Addr)
    ensures
        r.0 == x,
{
    Addr(x)
}

fn takes_unknown(x: Unknown) { //~ ERROR not supported: `Unknown` (a type alias to a type outside the subset)
}

fn alias_is_its_type(x: Inner) -> bool {
    x //~ ERROR mismatched types
}

fn main() {
}

} // verus!
