//@ no-verify
use vstd::prelude::*;

verus! {

fn f(x: u32) -> u32
    requires
        x < ,  //~ ERROR expected expression, found `,`
{
    x
}

fn g(x: u32)
    ensures x > 0 x < 5 //~ ERROR expected one of
{
}

fn main() {
}

} // verus!
