//@ no-verify
use vstd::prelude::*;

verus! {

fn f(x: u32) -> u32 {
    x
}

fn main() {
}
//~ ERROR this file contains an unclosed delimiter
