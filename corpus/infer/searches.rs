// Loops of corpus/soundness (break_continue.rs) with their interval
// invariants deleted; see counters.rs.
use vstd::prelude::*;

verus! {

// break_continue.rs find_true, `i <= v.len()` deleted
fn find_inferred(v: &Vec<u8>, x: u8) -> (r: usize)
    ensures r <= v.len(), r < v.len() ==> v@[r as int] == x,
            forall|j: int| 0 <= j < r ==> v@[j] != x,
{
    let mut i: usize = 0;
    while i < v.len()
        invariant forall|j: int| 0 <= j < i ==> v@[j] != x,
        decreases v.len() - i,
    {
        if v[i] == x {
            break;
        }
        i = i + 1;
    }
    i
}

// break_continue.rs loop_break_true, `invariant i <= n` deleted
fn loop_break_inferred(n: u32) -> (r: u32)
    requires n > 0,
    ensures r == n,
{
    let mut i: u32 = 0;
    loop
        decreases n - i,
    {
        if i == n {
            break;
        }
        i = i + 1;
    }
    i
}

// break_continue.rs continue_true, `i <= n, n <= 100, c <= i` deleted
fn continue_inferred(n: u32) -> (r: u32)
    requires n <= 100,
    ensures r <= n,
{
    let mut i: u32 = 0;
    let mut c: u32 = 0;
    while i < n
        decreases n - i,
    {
        i = i + 1;
        if i % 2 == 0 {
            continue;
        }
        c = c + 1;
    }
    c
}

// break_continue.rs labeled_true, `i <= n` and `j <= 3, i < n, i <= n` deleted (two loops)
fn labeled_inferred(n: u32) -> (r: u32)
    ensures r <= n,
{
    let mut i: u32 = 0;
    'outer: while i < n
        decreases n - i,
    {
        let mut j: u32 = 0;
        while j < 3
            decreases 3 - j,
        {
            if j == 1 {
                break 'outer;
            }
            j = j + 1;
        }
        i = i + 1;
    }
    i
}

// break_continue.rs break_inv_true, `invariant i <= 9` deleted
fn break_inv_inferred() -> (r: u32)
    ensures r == 9,
{
    let mut i: u32 = 0;
    loop
        decreases 10 - i,
    {
        if i == 9 {
            break;
        }
        i = i + 1;
    }
    i
}

// a false claim after a loop that exits by break: i stops at 9
fn break_false() -> (r: u32)
    ensures r == 10, //~ ERROR postcondition not satisfied
{
    let mut i: u32 = 0;
    loop
        decreases 10 - i,
    {
        if i == 9 {
            break;
        }
        i = i + 1;
    }
    i
}

fn main() {
}

} // verus!
