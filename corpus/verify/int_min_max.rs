// std's `Ord::min` / `Ord::max` on the machine integers (exec): the smaller / larger of the two.
use vstd::prelude::*;

verus! {

fn min_ok(a: usize, b: usize) -> (r: usize)
    ensures
        r <= a,
        r <= b,
        r == a || r == b,
{
    a.min(b)
}

fn max_ok(a: i8, b: i8) -> (r: i8)
    ensures
        r >= a,
        r >= b,
        r == a || r == b,
{
    a.max(b)
}

fn min_is_not_first(a: u32, b: u32) {
    let m = a.min(b);
    assert(m == a); //~ ERROR assertion failed
}

fn max_is_not_strictly_larger(a: u64, b: u64) {
    let m = a.max(b);
    assert(m > a); //~ ERROR assertion failed
}

fn min_bound_for_index(v: &Vec<u8>, i: usize) -> (r: u8)
    requires
        v.len() > 0,
{
    let j = i.min(v.len() - 1);
    v[j]
}

fn max_is_no_index(v: &Vec<u8>, i: usize) -> (r: u8)
    requires
        v.len() > 0,
{
    let j = i.max(v.len() - 1);
    v[j] //~ ERROR precondition not satisfied
}

spec fn min_in_spec(a: u32, b: u32) -> u32 {
    a.min(b) //~ ERROR cannot call function `int::min` with mode exec
}

fn main() {
}

} // verus!
