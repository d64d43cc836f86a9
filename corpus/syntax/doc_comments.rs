//@ no-verify
//! Inner doc comment at the top of the file.
/* A block comment /* with a nested one */ still a comment. */
use vstd::prelude::*;

verus! {

/// An outer doc comment on a function.
/** A block doc comment. */
fn documented(x: u32) -> u32 {
    // A line comment.
    x /* inline */ + 0
}

fn main() {
}

} // verus!
