//@ no-verify
// Or-patterns, ranges, guards, literals, nested patterns, Box.
use vstd::prelude::*;

verus! {

pub enum Op {
    Add(u32, u32),
    Neg(u32),
    Nop,
}

fn classify(x: u8) -> u8 {
    match x {
        0 | 1 => 0,
        2..=9 => 1,
        n if n < 100 => 2,
        _ => 3,
    }
}

fn eval(op: Op) -> u32 {
    match op {
        Op::Add(a, b) if a < 1000 && b < 1000 => a + b,
        Op::Add(a, _) | Op::Neg(a) => a,
        Op::Nop => 0,
    }
}

fn nested(p: (Option<u8>, bool)) -> u8 {
    match p {
        (Some(0), true) => 1,
        (Some(v), _) => v,
        (None, _) => 0,
    }
}

fn boxed(b: Box<u32>) -> u32 {
    let inner: u32 = *b;
    inner
}

fn labeled(n: u32) {
    let mut i: u32 = 0;
    'outer: while i < n
        invariant
            i <= n,
        decreases n - i,
    {
        i = i + 1;
        if i == 5 {
            break 'outer;
        }
    }
}

fn main() {
}

} // verus!
