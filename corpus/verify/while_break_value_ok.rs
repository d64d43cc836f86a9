use vstd::prelude::*;

verus! {

fn find(v: &Vec<u32>, x: u32) -> (r: usize)
    ensures r <= v.len(),
{
    let mut i: usize = 0;
    while i < v.len()
        invariant i <= v.len(),
        decreases v.len() - i,
    {
        if v[i] == x {
            break;
        }
        i = i + 1;
    }
    i
}

fn main() {
}

} // verus!
