//@ no-verify
// match with patterns: literals, ranges, tuples, or-patterns, guards, wildcards.
use vstd::prelude::*;

verus! {

fn classify(x: u8) -> (r: u8) {
    match x {
        0 => 0,
        1 | 2 => 1,
        3..=9 => 2,
        n if n < 100 => 3,
        _ => 4,
    }
}

fn pair(p: (u8, bool)) -> bool {
    match p {
        (0, b) => b,
        (_, true) => true,
        _ => false,
    }
}

fn opt(o: Option<u64>) -> u64 {
    match o {
        Some(v) => v,
        None => 0,
    }
}

fn if_let(o: Option<u64>) -> u64 {
    if let Some(v) = o {
        v
    } else {
        0
    }
}

fn main() {
}

} // verus!
