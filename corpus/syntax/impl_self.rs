//@ no-verify
// Inherent impls with self, &self, &mut self; old and final.
use vstd::prelude::*;

verus! {

pub struct Cell {
    pub v: u64,
}

impl Cell {
    pub open spec fn view_value(&self) -> u64 {
        self.v
    }

    pub fn get(&self) -> (r: u64)
        ensures
            r == self.v,
    {
        self.v
    }

    pub fn set(&mut self, v: u64)
        ensures
            final(self).v == v,
    {
        self.v = v;
    }

    pub fn clear(&mut self)
        requires
            old(self).v > 0,
        ensures
            self.v == 0,
    {
        self.v = 0;
    }

    pub fn into_value(self) -> u64 {
        self.v
    }
}

fn main() {
}

} // verus!
