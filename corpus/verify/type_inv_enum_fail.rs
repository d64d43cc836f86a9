use vstd::prelude::*;

verus! {

pub enum Interval { Empty, Span(u32, u32), Named { lo: u32, hi: u32 } }

impl Interval {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { //~ NOTE type invariant declared here
        match self {
            Interval::Empty => true,
            Interval::Span(a, b) => a <= b,
            Interval::Named { lo, hi } => lo <= hi,
        }
    }

    fn span(a: u32, b: u32) -> Interval {
        Interval::Span(a, b) //~ ERROR constructed value may fail to meet its declared type invariant
    }

    fn named(a: u32, b: u32) -> Interval
        requires a < 10,
    {
        Interval::Named { lo: a, hi: 5 } //~ ERROR constructed value may fail to meet its declared type invariant
    }
}

pub enum NonEmpty { Nothing, One(u8) }

impl NonEmpty {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { //~ NOTE type invariant declared here
        !(self is Nothing)
    }

    fn nothing() -> NonEmpty {
        NonEmpty::Nothing //~ ERROR constructed value may fail to meet its declared type invariant
    }
}

fn main() {
}

} // verus!
