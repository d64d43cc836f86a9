use vstd::prelude::*;

verus! {

fn bsearch_false(v: &Vec<u64>, k: u64) -> (r: usize)
    requires forall|i: int, j: int| 0 <= i <= j < v.len() ==> v@[i] <= v@[j],
    ensures r <= v.len(),
{
    let mut lo: usize = 0;
    let mut hi: usize = v.len();
    while lo < hi
        invariant lo <= hi, hi <= v.len(),
        decreases hi - lo,
    {
        let mid = lo + (hi - lo) / 2 + 1;
        if v[mid] < k { //~ ERROR precondition not satisfied
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}
fn bsearch_true(v: &Vec<u64>, k: u64) -> (r: usize)
    requires forall|i: int, j: int| 0 <= i <= j < v.len() ==> v@[i] <= v@[j],
    ensures r <= v.len(),
{
    let mut lo: usize = 0;
    let mut hi: usize = v.len();
    while lo < hi
        invariant lo <= hi, hi <= v.len(),
        decreases hi - lo,
    {
        let mid = lo + (hi - lo) / 2;
        if v[mid] < k {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn midpoint_false(lo: usize, hi: usize) -> usize
    requires lo <= hi,
{
    (lo + hi) / 2 //~ ERROR possible arithmetic underflow/overflow
}
fn midpoint_true(lo: usize, hi: usize) -> (r: usize)
    requires lo <= hi,
    ensures lo <= r <= hi,
{
    lo + (hi - lo) / 2
}

fn main() {
}

} // verus!
