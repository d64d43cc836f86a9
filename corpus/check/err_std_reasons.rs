//@ no-verify
// The reason given for a std item names std: `Result`/`Ok` stay std prelude items even where
// an item macro could make names, and `checked_add` on an integer is std API even when a trait
// of the crate also declares a `checked_add`.
use vstd::prelude::*;

verus! {

mod made {
    make_lemmas! { lemma_a } //~ ERROR not supported: macro invocation `make_lemmas!` as an item

    verus! {

    pub trait Overflowing {
        spec fn checked_add(&self, n: u64) -> bool;
    }

    fn fallible(x: u64) -> Result<u64, u64> { //~ ERROR not supported: `Result` (std items outside the built-in prelude)
        Ok(x) //~ ERROR not supported: `Ok` (std items outside the built-in prelude)
    }

    fn add_one(x: u64) -> u64 {
        match x.checked_add(1) { //~ ERROR not supported: method `checked_add` of `u64` (std API outside the built-in prelude)
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
