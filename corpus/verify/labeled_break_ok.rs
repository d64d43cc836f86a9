use vstd::prelude::*;

verus! {

#[verifier::exec_allows_no_decreases_clause]
fn f(n: u32) -> (r: u32)
    ensures r <= n,
{
    let mut i: u32 = 0;
    'outer: while i < n
        invariant i <= n,
    {
        let mut j: u32 = 0;
        while j < 3
            invariant j <= 3, i < n,
        {
            if j == 2 { break 'outer; }
            j = j + 1;
        }
        i = i + 1;
    }
    i
}

fn main() {
}

} // verus!
