//@ no-verify
// Views (`@`) and ghost fields are spec values: exec code cannot compute with them.
use vstd::prelude::*;

verus! {

pub struct Tagged {
    pub value: u64,
    pub ghost tag: int,
}

fn f(v: &Vec<u64>, t: &Tagged) -> u64 {
    let s = v@; //~ ERROR expression has mode spec, expected mode exec
    let g = t.tag; //~ ERROR expression has mode spec, expected mode exec
    let ghost ok = v@;
    let ghost ok2 = t.tag;
    assert(ok.len() == v.len());
    t.value
}

fn make(x: u64) -> (r: Tagged)
    ensures
        r.tag == x + 1,
{
    Tagged { value: x, tag: x + 1 }
}

fn main() {
}

} // verus!
