//@ no-verify
use vstd::prelude::*;

verus! {

let x = 5; //~ ERROR expected item, found `let`

fn ok() {
}

fn main() {
}

} // verus!
