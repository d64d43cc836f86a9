use vstd::prelude::*;

verus! {

struct Acc { total: u64 }
impl Acc {
    fn add(&mut self, v: u64)
        requires old(self).total + v <= u64::MAX,
        ensures final(self).total == old(self).total + v,
    { self.total = self.total + v; }
}
fn use_acc() {
    let mut a = Acc { total: 0 };
    a.add(5);
    a.add(7);
    assert(a.total == 12);
}

fn main() {
}

} // verus!
