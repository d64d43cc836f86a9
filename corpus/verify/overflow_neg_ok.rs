use vstd::prelude::*;

verus! {

fn f(a: i32) -> i32
    requires a > -100,
{
    -a
}

fn main() {
}

} // verus!
