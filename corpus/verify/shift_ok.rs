use vstd::prelude::*;

verus! {

fn f(a: u32, s: u32) -> u32
    requires s < 32,
{
    a >> s
}

fn main() {
}

} // verus!
