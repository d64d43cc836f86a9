// Exec closures, range values, `for` loops over other iterators and named `for` iterators are
// typed by the checker (corpus/check/ok_exec_iterators_closures.rs) but their verification is not
// modelled: verifying a function that uses one is `not supported`, never a silent pass, whatever
// it claims. `bool::then` with a closure literal is modelled: true claims pass, false ones fail.
use vstd::prelude::*;

verus! {

fn offset_in(start: u64, len: u64, v: u64) -> (r: Option<u64>)
    ensures
        r is Some <==> (start <= v && v - start < len),
        r is Some ==> r->Some_0 == v - start,
{
    (start <= v && v - start < len).then(|| v - start)
}

fn offset_wrong(start: u64, len: u64, v: u64) -> (r: Option<u64>)
    ensures
        r is Some ==> r->Some_0 == v, //~ ERROR postcondition not satisfied
{
    (start <= v && v - start < len).then(|| v - start)
}

fn then_overflow(a: u64, b: u64) -> Option<u64> {
    (a > 0).then(|| a + b) //~ ERROR possible arithmetic underflow/overflow
}

fn then_lazy(a: u64, b: u64) -> (r: Option<u64>)
    ensures
        a >= b ==> r is None,
{
    // the closure runs only when the condition holds: no underflow
    (a < b).then(|| b - a)
}

fn closure_false_claim(x: u32) -> (r: u32)
    ensures
        r == 0,
{
    let id = |y: u32| y; //~ ERROR not supported: closures in exec code
    id(x)
}

fn range_false_claim(n: u64) -> (r: bool)
    ensures
        r,
{
    let r = 0..n; //~ ERROR not supported: range expressions
    r.contains(&n)
}

fn find_false_claim(used: [bool; 8]) -> (r: Option<usize>)
    ensures
        r is None,
{
    (0..8usize).find(|i| used[*i]) //~ ERROR not supported: range expressions
}

fn rev_loop_false_claim(n: u64) -> (r: u64)
    ensures
        r == n + 1,
{
    let mut t: u64 = 0;
    for i in (0..n).rev() { //~ ERROR not supported: `for` loops over anything but an integer range
        t = i;
    }
    t
}

fn named_iterator_false_claim(n: u64) -> (r: u64)
    ensures
        r == 7,
{
    let mut t: u64 = 0;
    for i in it: 0..n //~ ERROR not supported: named `for` loop iterators
        invariant
            it.index() >= 0,
    {
        t = i;
    }
    t
}

fn subslice_false_claim(a: &[u8]) -> (r: usize)
    requires
        a.len() > 2,
    ensures
        r == 0,
{
    let s = &a[1..]; //~ ERROR not supported: range expressions
    s.len()
}

fn main() {
}

} // verus!
