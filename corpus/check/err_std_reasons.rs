//@ no-verify
// The reason given for a std item names std: `String` stays a std prelude item even where
// an item macro could make names, and `checked_neg` on an integer is std API even when a trait
// of the crate also declares a `checked_neg`.
use vstd::prelude::*;

verus! {

mod made {
    make_lemmas! { lemma_a } //~ ERROR not supported: macro invocation `make_lemmas!` as an item

    verus! {

    pub trait Overflowing {
        spec fn checked_neg(&self, n: u64) -> bool;
    }

    fn fallible(x: String) -> u64 { //~ ERROR not supported: `String` (std items outside the built-in prelude)
        0
    }

    fn add_one(x: u64) -> u64 {
        match x.checked_neg() { //~ ERROR not supported: method `checked_neg` of `u64` (std API outside the built-in prelude)
            Some(y) => y,
            None => 0,
        }
    }

    spec fn missing_here() -> bool {
        lemma_b() //~ ERROR not supported: `lemma_b` (possibly made by a macro invocation in
    }

    } // verus!
}

fn main() {
}

} // verus!
