use vstd::prelude::*;

verus! {

fn f(a: i8, b: i8) -> i8
    requires a > 0,
{
    a - b //~ ERROR possible arithmetic underflow/overflow
}

fn main() {
}

} // verus!
