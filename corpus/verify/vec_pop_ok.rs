use vstd::prelude::*;

verus! {

fn f(v: &mut Vec<u32>)
    requires old(v).len() > 0,
    ensures final(v).len() == old(v).len() - 1,
{
    let x = v.pop();
    assert(x.is_some());
}

fn main() {
}

} // verus!
