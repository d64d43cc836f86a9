use vstd::prelude::*;

verus! {

// A generic recursive spec fn used from generic and concrete proof fns (its fuel function
// is declared once per instance), and spec fns and datatypes inside a nonlinear_arith goal.
spec fn count<T>(s: Seq<T>) -> nat
    decreases s.len(),
{
    if s.len() == 0 { 0 } else { 1 + count(s.drop_last()) }
}

proof fn generic<T>(s: Seq<T>)
    ensures s.len() == 0 ==> count(s) == 0,
{
}

proof fn concrete(s: Seq<u8>)
    ensures s.len() == 0 ==> count(s) == 0,
{
}

spec fn sq(x: int) -> int { x * x }

pub struct P { pub a: u8 }

proof fn nonlinear(p: P, y: int) {
    assert(sq(y) == y * y && p.a * y == y * p.a) by (nonlinear_arith);
}

fn main() {
}

} // verus!
