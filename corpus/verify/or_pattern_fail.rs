use vstd::prelude::*;

verus! {

enum E { A(u32), B(u32), C }
fn f(e: E) -> (r: u32)
    ensures
        r > 0, //~ ERROR postcondition not satisfied
{
    match e {
        E::A(x) | E::B(x) => x,
        E::C => 1,
    }
}

fn main() {
}

} // verus!
