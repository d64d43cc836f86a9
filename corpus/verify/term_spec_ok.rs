use vstd::prelude::*;

verus! {

spec fn fact(n: nat) -> nat
    decreases n,
{
    if n == 0 { 1 } else { n * fact((n - 1) as nat) }
}

fn main() {
}

} // verus!
