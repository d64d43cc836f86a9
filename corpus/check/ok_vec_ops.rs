//@ no-verify
// Vec: new, push, pop, len, set, index and `@`.
use vstd::prelude::*;

verus! {

fn build() -> (v: Vec<u32>)
    ensures
        v@.len() == 2,
        v@ == seq![1u32, 2],
{
    let mut v = Vec::new();
    v.push(1);
    v.push(2);
    v
}

fn update(v: &mut Vec<u32>)
    requires
        old(v).len() > 0,
    ensures
        final(v)@ == old(v)@.update(0, 5),
{
    v.set(0, 5);
}

fn last(v: &mut Vec<u32>) -> (r: Option<u32>)
    ensures
        r.is_some() == (old(v).len() > 0),
{
    v.pop()
}

fn sum_first(v: &Vec<u32>) -> u32
    requires
        v.len() > 1,
        v[0] < 100,
        v[1] < 100,
{
    v[0] + v[1]
}

fn main() {
}

} // verus!
