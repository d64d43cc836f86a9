// The body of an external_body fn (trusted by the verifier) is analysed too; a panic stops the path.
use vstd::prelude::*;
verus! {
#[verifier::external_body]
fn bump(a: u8) -> u8 {
    if a > 200 {
        panic!("too big");
    }
    a + 55
}
} // verus!
