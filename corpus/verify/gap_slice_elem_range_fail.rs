use vstd::prelude::*;

verus! {

fn byte(a: &[u8], k: usize)
    requires k < a@.len(),
{
    let x = a[k];
    assert(x <= 254); //~ ERROR assertion failed
}

fn signed(a: &[i8], k: usize)
    requires k < a@.len(),
{
    assert(0 <= a@[k as int]); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
