//@ no-verify
// A method's own type arguments given with a turbofish (`r.read::<u32>()`) fix its generic
// return type, as a path call's do.
use vstd::prelude::*;

verus! {

pub struct Reg {
    pub raw: u64,
}

impl Reg {
    pub uninterp spec fn read<T>(&self) -> T;

    pub open spec fn pair<A, B>(&self, a: A) -> (A, B) {
        (a, self.read::<B>())
    }
}

spec fn low_word(r: Reg) -> u32 {
    r.read::<u32>()
}

spec fn read_then_use(r: Reg) -> bool {
    r.read::<u32>() < 10 && r.read::<Reg>().raw == 0
}

spec fn wrong_turbofish(r: Reg) -> u32 {
    r.read::<u64>() //~ ERROR mismatched types
}

fn main() {
}

} // verus!
