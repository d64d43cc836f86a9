use vstd::prelude::*;

verus! {

// slice elements carry their type's range
fn byte(a: &[u8], k: usize) -> (r: u16)
    requires k < a@.len(),
    ensures r <= 255,
{
    let x = a[k];
    assert(x <= 255);
    x as u16
}

fn signed(a: &[i8], k: usize)
    requires k < a@.len(),
{
    assert(-128 <= a@[k as int] <= 127);
}

fn boxed(a: Box<[u16]>, k: usize)
    requires k < a@.len(),
{
    assert(a@[k as int] < 65536);
}

fn main() {
}

} // verus!
