//@ no-verify
// Exhaustive matches rustc accepts: every variant, full integer ranges, nested tuples,
// a final wildcard after guarded arms, bools, chars split around the surrogate gap.
use vstd::prelude::*;

verus! {

pub enum E { A, B(u8), C { x: u8 } }

fn all(x: u8, b: bool, o: Option<E>, i: i8, c: char) -> u8 {
    let a = match x { 0..=100 => 0, 101..=255 => 1 };
    let t = match (b, o) {
        (true, _) => 0,
        (false, None) => 1,
        (false, Some(E::A)) => 2,
        (false, Some(E::B(_))) => 3,
        (false, Some(E::C { .. })) => 4,
    };
    let g = match x { y if y > 3 => 0, _ => 1 };
    let e = match b { true => 0, false => 1 };
    let s = match i { -128..=-1 => 0, 0 => 1, 1..=127 => 2 };
    let h = match c { '\0'..='\u{D7FF}' => 0, '\u{E000}'..='\u{10FFFF}' => 1 };
    let (p, q) = (a, t);
    p
}

fn main() {
}

} // verus!
