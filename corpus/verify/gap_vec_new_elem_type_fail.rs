use vstd::prelude::*;

verus! {

fn fill(n: usize, x: u32) -> (r: Vec<u32>)
    ensures r.len() == n, forall|j: int| 0 <= j < r.len() ==> r[j] == x + 1,
{
    let mut v = Vec::new();
    let mut i = 0;
    while i < n
        invariant i <= n, v.len() == i, forall|j: int| 0 <= j < v.len() ==> v[j] == x + 1, //~ ERROR invariant not satisfied at end of loop body
        decreases n - i,
    {
        v.push(x);
        i += 1;
    }
    v
}

fn macro_form(x: u8) {
    let mut v = vec![];
    v.push(x);
    assert(v@[0] <= 254); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
