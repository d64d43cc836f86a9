//@ no-verify
// Tracked values are linear: moving one twice is an error.
use vstd::prelude::*;

verus! {

pub struct Token {
    pub id: u64,
}

proof fn consume(tracked t: Token) {
}

proof fn twice(tracked t: Token) {
    consume(t);
    consume(t); //~ ERROR use of moved value: `t`
}

fn main() {
}

} // verus!
