use vstd::prelude::*;

verus! {

fn find(v: &Vec<u64>, x: u64) -> (r: Option<usize>)
    ensures
        r.is_some() ==> r.unwrap() < v.len() && v[r.unwrap() as int] == x,
{
    let mut i: usize = 0;
    while i < v.len()
        invariant i <= v.len(),
        decreases v.len() - i,
    {
        if v[i] == x {
            return Some(i);
        }
        i = i + 1;
    }
    None
}

fn main() {
}

} // verus!
