//@ no-verify
// `impl Alias { .. }` with `type Alias = S;` adds members to S, reached through either name.
// A literal const generic argument (`Buf<u8, 16>`) is the value it names (never a false
// "placeholder" error).
use vstd::prelude::*;

verus! {

pub struct Meter {
    pub v: u64,
}

pub type Gauge = Meter;

impl Gauge {
    pub open spec fn reading(&self) -> u64 {
        self.v
    }

    pub proof fn lemma_reading(m: Meter)
        ensures
            m.reading() == m.v,
    {
    }
}

spec fn through_alias(m: Meter) -> int {
    Gauge::reading(&m) + m.reading()
}

proof fn call_lemma(m: Meter) {
    Meter::lemma_reading(m);
    Gauge::lemma_reading(m);
    Gauge::no_such_lemma(m); //~ ERROR cannot find function `no_such_lemma` in `Gauge`
}

pub struct Buf<T, const N: usize> {
    pub first: T,
}

spec fn sized_buf(b: Buf<u8, 16>) -> u8 {
    b.first
}

fn main() {
}

} // verus!
