//@ no-verify
// Verified code may call only verified (or external_body) fns.
use vstd::prelude::*;

fn plain_helper(x: u64) -> u64 {
    x
}

#[verus_verify]
fn checked(x: u64) -> u64 {
    plain_helper(x) //~ ERROR cannot call function `err_unverified_call::plain_helper` that is not verified
}

fn main() {
}
