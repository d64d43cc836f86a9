// Spec closures in contracts: a postcondition about a closure's values is checked like any other.
use vstd::prelude::*;

verus! {

fn squares(n: u64) -> (v: Vec<u64>)
    requires
        n <= 1000,
    ensures
        v@ == Seq::new(n as nat, |i: int| (i * i) as u64),
{
    let mut v: Vec<u64> = Vec::new();
    let mut i: u64 = 0;
    while i < n
        invariant
            i <= n,
            n <= 1000,
            v@ == Seq::new(i as nat, |k: int| (k * k) as u64),
        decreases n - i,
    {
        v.push(i * i);
        i = i + 1;
    }
    v
}

fn squares_off_by_one(n: u64) -> (v: Vec<u64>)
    requires
        n <= 1000,
    ensures
        v@ == Seq::new(n as nat, |i: int| (i * i) as u64), //~ ERROR postcondition not satisfied
{
    let mut v: Vec<u64> = Vec::new();
    let mut i: u64 = 0;
    while i < n
        invariant
            i <= n,
            n <= 1000,
            v@ == Seq::new(i as nat, |k: int| (k * (k + 1)) as u64),
        decreases n - i,
    {
        v.push(i * (i + 1));
        i = i + 1;
    }
    v
}

proof fn closure_param(f: spec_fn(int) -> int)
    requires
        forall|x: int| #[trigger] f(x) > x,
    ensures
        f(0) > 0,
        f(1) > 2, //~ ERROR postcondition not satisfied
{
}

} // verus!
