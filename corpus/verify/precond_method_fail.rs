use vstd::prelude::*;

verus! {

struct Acc { total: u64 }
impl Acc {
    fn add(&mut self, v: u64)
        requires old(self).total + v <= u64::MAX,
        ensures final(self).total == old(self).total + v,
    { self.total = self.total + v; }
}
fn use_acc(a: &mut Acc) {
    a.add(5); //~ ERROR precondition not satisfied
}

fn main() {
}

} // verus!
