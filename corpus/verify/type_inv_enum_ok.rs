use vstd::prelude::*;

verus! {

pub enum Interval { Empty, Span(u32, u32), Named { lo: u32, hi: u32 } }

impl Interval {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool {
        match self {
            Interval::Empty => true,
            Interval::Span(a, b) => a <= b,
            Interval::Named { lo, hi } => lo <= hi,
        }
    }

    fn span(a: u32, b: u32) -> Interval
        requires a <= b,
    {
        Interval::Span(a, b)
    }

    fn named(a: u32, b: u32) -> Interval {
        if a <= b { Interval::Named { lo: a, hi: b } } else { Interval::Empty }
    }

    // the invariant holds for values of the type, so the subtraction cannot underflow
    fn width(&self) -> u32 {
        match self {
            Interval::Empty => 0,
            Interval::Span(a, b) => *b - *a,
            Interval::Named { lo, hi } => *hi - *lo,
        }
    }
}

// a spec value (here made of a spec one) is never checked; `Interval::Span(3, 2)` would be,
// as Verus checks every constructor in proof code whose mode is not spec
proof fn ghost_values_are_unchecked(lo: u32) {
    let g = Interval::Span(lo, 2);
    assert(g is Span);
}

fn main() {
}

} // verus!
