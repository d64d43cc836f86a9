use vstd::prelude::*;

verus! {

// `&mut Box<[T]>` is not a fixed-length slice: the callee may replace the whole box, so
// neither the callee nor its caller may assume the length is kept.
fn replace(b: &mut Box<[u8]>, c: Box<[u8]>)
    ensures b@.len() == old(b)@.len(), //~ ERROR postcondition not satisfied
{
    *b = c;
}

fn empties(b: &mut Box<[u8]>)
    ensures b@.len() == 0,
{
    assume(false);
}

fn caller(b: &mut Box<[u8]>) {
    let n = b.len();
    empties(b);
    assert(b.len() == n); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
