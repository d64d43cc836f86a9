use vstd::prelude::*;

verus! {

// Exec values meet their type invariant: parameters, call results, values kept across a
// loop, and `use_type_invariant` on them.
pub struct A { pub i: u8 }

impl A {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { self.i > 10 }

    fn get(&self) -> (r: u8)
        ensures r > 10
    {
        proof { use_type_invariant(self); }
        self.i
    }
}

fn make() -> A { A { i: 11 } }

fn across_loop() -> (r: u8)
    ensures r > 10
{
    let a = make();
    let mut k: u8 = 0;
    while k < 3
        invariant k <= 3,
        decreases 3 - k,
    {
        k = k + 1;
    }
    a.i
}

const C: A = A { i: 42 };

fn const_value() -> (r: u8)
    ensures r > 10
{
    let a = C;
    a.i
}

fn main() {
}

} // verus!
