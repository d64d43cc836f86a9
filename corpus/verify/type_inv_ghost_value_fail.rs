use vstd::prelude::*;

verus! {

// Type invariants are known only for exec and tracked values: every construction and field
// update of one is checked, spec ones never are. A spec value (a ghost parameter or local, a
// spec fn's result) carries no invariant (else `false` follows from `A { i: 0 }`), and is
// assumed for a tracked one only at `use_type_invariant`.
pub struct A { pub i: u8 }

impl A {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { self.i > 10 }
}

proof fn ghost_param(a: A)
    ensures a.i > 10 //~ ERROR postcondition not satisfied
{
}

proof fn lemma(a: A)
    ensures a.i > 10
{
    use_type_invariant(a); //~ ERROR not supported: `use_type_invariant` on a value that is neither exec nor tracked
}

// assumed of a tracked value only at `use_type_invariant`
proof fn tracked_param(tracked a: A)
    ensures a.i > 10 //~ ERROR postcondition not satisfied
{
}

// a write into a tracked value is checked
proof fn tracked_update(tracked t: (A, u8)) {
    let tracked mut u = t;
    u.0.i = 0; //~ ERROR constructed value may fail to meet its declared type invariant
}

spec fn mk() -> A { A { i: 0 } }

fn ghost_across_loop() {
    let ghost g = mk();
    let mut k: u8 = 0;
    while k < 3
        invariant k <= 3,
        decreases 3 - k,
    {
        k = k + 1;
    }
    assert(g.i > 10); //~ ERROR assertion failed
}

const C: A = A { i: 0 }; //~ ERROR constructed value may fail to meet its declared type invariant

fn const_value() -> (r: u8)
    ensures r > 10
{
    let a = C; //~ ERROR constructed value may fail to meet its declared type invariant
    a.i
}

fn main() {
}

} // verus!
