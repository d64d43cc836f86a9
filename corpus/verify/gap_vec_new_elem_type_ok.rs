use vstd::prelude::*;

verus! {

// An unannotated `Vec::new()` / `vec![]` takes its element type from exec code: ghost code
// comparing an element with an `int` does not decide it.
fn fill(n: usize, x: u32) -> (r: Vec<u32>)
    ensures r.len() == n, forall|j: int| 0 <= j < r.len() ==> r[j] == x,
{
    let mut v = Vec::new();
    let mut i = 0;
    while i < n
        invariant i <= n, v.len() == i, forall|j: int| 0 <= j < v.len() ==> v[j] == x + 1 - 1,
        decreases n - i,
    {
        v.push(x);
        i += 1;
    }
    v
}

fn macro_form(x: u8) {
    let mut v = vec![];
    assert(forall|j: int| 0 <= j < v.len() ==> v[j] == (x as int) * 2);
    v.push(x);
    assert(v@[0] <= 255);
}

fn main() {
}

} // verus!
