use vstd::prelude::*;

verus! {

fn f(a: i32, b: i32) -> i32
    requires b != 0,
{
    a / b //~ ERROR possible arithmetic underflow/overflow
}

fn main() {
}

} // verus!
