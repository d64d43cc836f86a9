// The body of an external_body fn (trusted by the verifier) is analysed too.
use vstd::prelude::*;
verus! {
#[verifier::external_body]
fn bump(a: u8) -> u8 {
    if a > 200 {
        panic!("too big");
    }
    a + 56 //~ WARN overflow: `a + 56` may overflow: a + 56 in [56, 256]
}
} // verus!
