use vstd::prelude::*;

verus! {

enum E { A(u8), B }
fn f(e: E) -> (r: bool)
    ensures
        r == (e is B), //~ ERROR postcondition not satisfied
{
    match e {
        E::A(_) => true,
        E::B => false,
    }
}

fn main() {
}

} // verus!
