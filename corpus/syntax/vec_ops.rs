//@ no-verify
// Vec operations and macros in expressions.
use vstd::prelude::*;

verus! {

fn build() -> (v: Vec<u64>)
    ensures
        v.len() == 2,
{
    let mut v: Vec<u64> = Vec::new();
    v.push(1);
    v.push(2);
    v
}

fn set_first(v: &mut Vec<u64>)
    requires
        old(v).len() > 0,
{
    v.set(0, 5);
    let x = v[0];
}

fn make() -> Vec<u8> {
    vec![1, 2, 3]
}

#[verifier::external_body]
fn never() -> u64 {
    unimplemented!()
}

fn main() {
}

} // verus!
