//@ no-verify
// `is`, `@`, seq! and Seq operations.
use vstd::prelude::*;

verus! {

pub enum E {
    A,
    B(u64),
}

spec fn is_a(e: E) -> bool {
    e is A
}

fn view_len(v: &Vec<u64>) -> (r: usize)
    ensures
        r == v@.len(),
{
    v.len()
}

proof fn seqs() {
    let s = seq![1int, 2, 3];
    assert(s.len() == 3);
    assert(s[0] == 1);
    let t = s.push(4);
    assert(t.subrange(0, 3) =~= s);
    assert(s.take(1) =~= seq![1int]);
}

fn main() {
}

} // verus!
