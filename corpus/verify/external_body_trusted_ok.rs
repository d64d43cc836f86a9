use vstd::prelude::*;

verus! {

#[verifier::external_body]
fn get() -> (r: u32)
    ensures r == 5,
{
    unimplemented!()
}
fn use_it() {
    let x = get();
    assert(x == 5);
}

fn main() {
}

} // verus!
