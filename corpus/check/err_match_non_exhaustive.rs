//@ no-verify
// A `match` must cover every value (rustc E0004); a `let` pattern must be irrefutable (E0005).
// Guarded arms cover nothing. The missing arm's path must never be silently dropped.
use vstd::prelude::*;

verus! {

pub enum E { A, B(u8), C { x: u8 } }

fn variants(e: E) -> (r: u8)
    ensures r == 1
{
    match e { //~ ERROR non-exhaustive patterns: `E::C { .. }` not covered
        E::A => 1,
        E::B(_) => 1,
    }
}

fn option(o: Option<u8>) -> u8 {
    match o { //~ ERROR non-exhaustive patterns: `None` not covered
        Some(x) => x,
    }
}

fn tuple(b: bool, x: u8) -> u8 {
    match (b, x) { //~ ERROR non-exhaustive patterns: `(false, 255)` not covered
        (true, _) => 0,
        (false, 0) => 1,
        (false, 1..=254) => 2,
    }
}

fn exclusive_range(x: u8) -> u8 {
    match x { //~ ERROR non-exhaustive patterns: `255` not covered
        0..=100 => 0,
        101..255 => 1,
    }
}

fn signed_gap(x: i8) -> u8 {
    match x { //~ ERROR non-exhaustive patterns: `0` not covered
        -128..=-1 => 0,
        1..=127 => 2,
    }
}

fn guarded(x: u8) -> u8 {
    match x { //~ ERROR non-exhaustive patterns: `4..=255` not covered
        y if y > 3 => 0,
        0..=3 => 1,
    }
}

fn refutable_let(o: Option<u8>) {
    let Some(x) = o; //~ ERROR refutable pattern in local binding: `None` not covered
}

fn main() {
}

} // verus!
