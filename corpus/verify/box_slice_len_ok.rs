use vstd::prelude::*;

verus! {

// What a callee says about the new box is what the caller knows.
fn replace(b: &mut Box<[u8]>, c: Box<[u8]>)
    ensures b@ == c@,
{
    *b = c;
}

fn caller(b: &mut Box<[u8]>, c: Box<[u8]>)
    requires c@.len() == 2,
{
    replace(b, c);
    assert(b.len() == 2);
}

fn main() {
}

} // verus!
