use vstd::prelude::*;

verus! {

fn f(v: &mut Vec<u32>)
    requires old(v).len() == 3,
    ensures final(v)@[1] == 9, final(v).len() == 3,
{
    v.set(1, 9);
}

fn main() {
}

} // verus!
