//@ no-verify
// Methods and associated fns: `Counter::new`, `Self::f`, `self.f()`, `&mut self`.
use vstd::prelude::*;

verus! {

pub struct Counter {
    pub value: u64,
    pub limit: u64,
}

impl Counter {
    pub const START: u64 = 0;

    pub open spec fn wf(&self) -> bool {
        self.value <= self.limit
    }

    pub open spec fn room(&self) -> int {
        self.limit - self.value
    }

    pub fn new(limit: u64) -> (c: Self)
        ensures
            c.wf(),
    {
        Self { value: Self::START, limit }
    }

    pub fn full(&self) -> (b: bool)
        requires
            self.wf(),
        ensures
            b == (self.room() == 0),
    {
        self.value == self.limit
    }

    pub fn bump(&mut self)
        requires
            old(self).wf(),
            !old(self).full_spec(),
        ensures
            self.wf(),
    {
        self.value = self.value + 1;
    }

    pub open spec fn full_spec(&self) -> bool {
        self.value == self.limit
    }

    pub fn reset(&mut self) {
        self.value = Self::START;
    }
}

fn use_counter() {
    let mut c = Counter::new(5);
    if !c.full() {
        c.bump();
    }
    c.reset();
    let d = Counter::new(c.limit);
    assert(d.wf());
}

fn main() {
}

} // verus!
