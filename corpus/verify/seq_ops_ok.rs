use vstd::prelude::*;

verus! {

proof fn p() {
    let s: Seq<int> = seq![1, 2, 3];
    assert(s.len() == 3);
    assert(s[0] == 1);
    let t = s.push(4);
    assert(t.len() == 4);
    assert(t[3] == 4);
    assert(t[1] == 2);
    let u = t.update(0, 9);
    assert(u[0] == 9);
    assert(u[2] == 3);
}

fn main() {
}

} // verus!
