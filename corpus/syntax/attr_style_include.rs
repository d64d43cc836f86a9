//@ no-verify
// Specs in a sibling file pulled in with include!.
use vstd::prelude::*;

include!("attr_style_include.verus.rs");

#[verus_verify]
fn caller() -> u64 {
    helper_value()
}

fn main() {
}
