use vstd::prelude::*;

verus! {

enum E { A(u32), B(u32), C }
fn f(e: E) -> (r: u32)
    ensures e is C ==> r == 0,
{
    match e {
        E::A(x) | E::B(x) => x,
        E::C => 0,
    }
}

fn main() {
}

} // verus!
